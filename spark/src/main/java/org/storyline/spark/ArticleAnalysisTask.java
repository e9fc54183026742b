package org.storyline.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.storyline.core.AnalysisOutcome;
import org.storyline.core.cluster.BodyFingerprint;
import org.storyline.core.model.Article;
import org.storyline.core.store.RecordJson;
import scala.Tuple2;

/**
 * The per-article path of {@code analyze}, partition by partition on an executor: {@code ArticleAnalyzer}
 * (CoreNLP, entities, quotes, claims), {@code ArticleProfiler} (MiniLM embedding, names, keywords, dates)
 * and the near-duplicate fingerprint, with the stages loaded once per executor ({@link ExecutorModels}).
 * Articles stream through one at a time, so a partition never holds more than one analysis.
 */
final class ArticleAnalysisTask implements FlatMapFunction<Iterator<Tuple2<String, ReadOutcome>>, AnalysedArticle> {

    @Override
    public Iterator<AnalysedArticle> call(Iterator<Tuple2<String, ReadOutcome>> articles) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public AnalysedArticle next() {
                return analyse(articles.next()._2());
            }
        };
    }

    static AnalysedArticle analyse(ReadOutcome read) {
        Article article = RecordJson.read(read.articleJson(), Article.class);
        AnalysisOutcome outcome = ExecutorModels.analyzer().analyze(article);
        // the analysed article, which a giant one was cut to, is the one analyze compares for copies
        BodyFingerprint body = ExecutorModels.fingerprints().fingerprint(outcome.analysis().article().paragraphs());
        return new AnalysedArticle(read.key(), ArticleFacts.of(article), RecordJson.write(outcome.analysis()),
                RecordJson.write(ExecutorModels.profiler().profile(outcome.analysis())), body.signature(),
                body.shingles(), outcome.notes().stream().map(Object::toString).toList(),
                outcome.failures().stream().map(JobProblem::of).toList());
    }
}

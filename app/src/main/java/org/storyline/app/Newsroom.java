package org.storyline.app;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.storyline.app.server.UploadReader;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.extract.ByFormatExtractor;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.ingest.Ingestor;
import org.storyline.core.claims.ClaimFinder;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Problem;
import org.storyline.core.nlp.Annotator;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.quotes.QuoteFinder;

/**
 * The pipeline as the {@code ingest} command and the server run it: read, extract, annotate, resolve
 * entities, find quotes and claims. One article at a time; an article that fails any stage becomes a
 * problem and the run goes on. The NLP models load on first use.
 */
final class Newsroom {

    private final Pipeline pipeline = new Pipeline(new Ingestor(),
            new ByFormatExtractor(new HtmlArticleExtractor(), new TextArticleExtractor()));
    private Annotator annotator;
    private final EntityResolver entities = new EntityResolver();
    private final QuoteFinder quotes = new QuoteFinder();
    private final ClaimFinder claims = new ClaimFinder();

    /** Reads every input (files or directories) and hands on each analysed article. */
    void read(List<Path> inputs, Consumer<ArticleAnalysis> sink, Consumer<Problem> problems, IntConsumer filesDone) {
        pipeline.extract(inputs, listener(sink, problems, filesDone));
    }

    UploadReader uploads() {
        return (name, bytes, sink, problems) -> {
            synchronized (this) {
                pipeline.extract(name, new ByteArrayInputStream(bytes), listener(sink, problems, n -> { }));
            }
        };
    }

    private RunListener listener(Consumer<ArticleAnalysis> sink, Consumer<Problem> problems, IntConsumer filesDone) {
        return new RunListener() {
            @Override
            public void article(Article article) {
                try {
                    sink.accept(analyze(article));
                } catch (RuntimeException e) {
                    problems.accept(new Problem(article.source(), null, "analysis failed: " + e));
                }
            }

            @Override
            public void problem(Problem problem) {
                problems.accept(problem);
            }

            @Override
            public void progress(int done, int total) {
                filesDone.accept(done);
            }
        };
    }

    private ArticleAnalysis analyze(Article article) {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator();
        }
        AnnotatedArticle annotated = annotator.annotate(article);
        List<Entity> found = entities.resolve(annotated);
        return new ArticleAnalysis(annotated, found, quotes.find(annotated, found), claims.find(annotated, found));
    }
}

package org.storyline.app;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.storyline.app.server.UploadReader;
import org.storyline.core.AnalysisOutcome;
import org.storyline.core.AnalysisRun;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;

/**
 * The pipeline as the {@code ingest} command and the server run it: read and extract
 * ({@link Pipeline}), then analyse on all cores ({@link ArticleAnalyzer}); analyses come out in input
 * order, one at a time. A stage failing on an article is reported as a problem; the article is kept
 * with what the other stages found. The NLP models load on first use.
 */
final class Newsroom {

    private final Pipeline pipeline = Pipeline.standard();
    private ArticleAnalyzer analyzer;

    /** Reads every input (files or directories) and hands on each analysed article. */
    void read(List<Path> inputs, Consumer<ArticleAnalysis> sink, Consumer<Problem> problems, IntConsumer filesDone) {
        try (AnalysisRun run = analyzer().start(outcome -> deliver(outcome, sink, problems))) {
            pipeline.extract(inputs, listener(run, problems, filesDone));
        }
    }

    UploadReader uploads() {
        return (name, bytes, sink, problems) -> {
            try (AnalysisRun run = analyzer().start(outcome -> deliver(outcome, sink, problems))) {
                pipeline.extract(name, new ByteArrayInputStream(bytes), listener(run, problems, n -> { }));
            }
        };
    }

    private synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer();
        }
        return analyzer;
    }

    private void deliver(AnalysisOutcome outcome, Consumer<ArticleAnalysis> sink, Consumer<Problem> problems) {
        synchronized (this) {
            outcome.failures().forEach(problems);
            sink.accept(outcome.analysis());
        }
    }

    private RunListener listener(AnalysisRun run, Consumer<Problem> problems, IntConsumer filesDone) {
        return new RunListener() {
            @Override
            public void article(Article article) {
                run.submit(article);
            }

            @Override
            public void problem(Problem problem) {
                synchronized (Newsroom.this) {
                    problems.accept(problem);
                }
            }

            @Override
            public void progress(int done, int total) {
                filesDone.accept(done);
            }
        };
    }
}

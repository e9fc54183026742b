package org.storyline.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.storyline.core.model.Article;

/**
 * Many articles analyzed on a bounded pool of worker threads. Articles go in with {@link #submit}; each
 * {@link AnalysisOutcome} comes out to the sink on the submitting thread, in submission order. At most
 * twice as many articles as workers are held at once ({@code submit} waits for the oldest when full),
 * so memory stays bounded however many articles come. {@link #close} waits for the rest.
 *
 * <p>Not thread-safe: one thread submits and closes.
 */
public final class AnalysisRun implements AutoCloseable {

    private final ArticleAnalyzer analyzer;
    private final Consumer<AnalysisOutcome> sink;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<AnalysisOutcome>> inFlight = new ArrayDeque<>();

    AnalysisRun(ArticleAnalyzer analyzer, int threads, Consumer<AnalysisOutcome> sink) {
        this.analyzer = analyzer;
        this.sink = sink;
        this.window = 2 * threads;
        AtomicInteger workers = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "storyline-analysis-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(Article article) {
        inFlight.add(pool.submit(() -> analyzer.analyze(article)));
        while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            sink.accept(await(inFlight.poll()));
        }
    }

    /** Waits for every submitted article and hands over its outcome, then stops the workers. */
    @Override
    public void close() {
        try {
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static AnalysisOutcome await(Future<AnalysisOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            // analyze() turns every stage failure into a value, so this is a bug
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }
}

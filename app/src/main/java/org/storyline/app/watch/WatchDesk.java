package org.storyline.app.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.storyline.core.AnalysisOutcome;
import org.storyline.core.AnalysisRun;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.fetch.Arrival;
import org.storyline.core.fetch.ArrivalSink;
import org.storyline.core.fetch.Settlement;
import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;
import org.storyline.core.store.ArchiveIngest;

/**
 * Where the watcher's arrivals are stored, exactly as {@code storyline ingest} stores a file's
 * articles: extracted by the {@link Pipeline}, analysed on all cores ({@link ArticleAnalyzer}), placed
 * in stories by {@link ArchiveIngest}. Each arrival is settled in the feed ledger while the store's
 * writer lock is held, right after its article is added, so no commit (the watcher's or an upload's
 * through the same lock) can hold the one without the other. The analyzer loads on the first article,
 * so a round with nothing new costs no model loading.
 */
public final class WatchDesk implements ArrivalSink {

    private record Taken(Arrival arrival, Consumer<Settlement> settle) {
    }

    private final Pipeline pipeline;
    private final Supplier<ArticleAnalyzer> analyzers;
    private final ArchiveIngest ingest;
    private final Object writer;
    private final Consumer<Problem> notes;
    private final Deque<Taken> analysing = new ArrayDeque<>();
    private ArticleAnalyzer analyzer;
    private AnalysisRun run;

    /**
     * @param writer the lock every user of {@code ingest} holds while adding and committing
     * @param notes  where analysis failures on an article go (the article is stored with the rest), and views
     *               the ingest could not assemble
     */
    public WatchDesk(Pipeline pipeline, Supplier<ArticleAnalyzer> analyzers, ArchiveIngest ingest, Object writer,
                     Consumer<Problem> notes) {
        this.pipeline = pipeline;
        this.analyzers = analyzers;
        this.ingest = ingest;
        this.writer = writer;
        this.notes = notes;
    }

    @Override
    public void take(Arrival arrival, Consumer<Settlement> settle) {
        List<Article> articles = new ArrayList<>(1);
        List<Problem> problems = new ArrayList<>(1);
        pipeline.extract(arrival, new RunListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        if (articles.isEmpty()) {
            settle.accept(Settlement.notRead(problems.isEmpty() ? "no article text" : problems.get(0).reason()));
            return;
        }
        analysing.add(new Taken(arrival, settle));
        run().submit(articles.get(0));
    }

    private AnalysisRun run() {
        if (run == null) {
            if (analyzer == null) {
                analyzer = analyzers.get();
            }
            run = analyzer.start(this::analysed);
        }
        return run;
    }

    /** Called in submission order on the round's thread. */
    private void analysed(AnalysisOutcome outcome) {
        Taken taken = analysing.poll();
        outcome.failures().forEach(notes);
        String id = outcome.analysis().article().id();
        synchronized (writer) {
            ArchiveIngest.Outcome added;
            try {
                added = ingest.add(outcome.analysis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            taken.settle().accept(added == ArchiveIngest.Outcome.ADDED ? Settlement.stored(id) : Settlement.alreadyStored(id));
        }
    }

    @Override
    public void commit() throws IOException {
        if (run != null) {
            AnalysisRun finishing = run;
            run = null;
            try {
                finishing.close();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        synchronized (writer) {
            ingest.commit();
            ingest.takeProblems().forEach(notes);
        }
    }
}

package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storyline.app.watch.RoundLines;
import org.storyline.app.watch.WatchDesk;
import org.storyline.app.watch.WatchLoop;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.Embedder;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.fetch.FeedList;
import org.storyline.core.fetch.RoundReport;
import org.storyline.core.fetch.Watcher;
import org.storyline.core.model.Problem;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveLedger;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline watch FEEDS...}: fetches the feeds every {@code --every}, and each new article's page
 * once, politely, storing it as {@code ingest} does. The watcher's state lives in the store, so a
 * restart (even after {@code kill -9}) goes on where the last commit left off. {@code --once} runs one
 * round and exits 0, or 2 when some feeds or pages failed.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watches news feeds and sitemaps; stores each new article as it arrives.")
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    WatchOptions options;

    @Option(names = "--once", description = "run one round, then exit")
    boolean once;

    @Parameters(arity = "1..*", paramLabel = "FEEDS",
            description = "feed, sitemap or OPML URLs, or files that list such URLs one a line (# starts a comment) or are OPML")
    List<String> feeds = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        FeedList list = FeedList.read(feeds);
        list.problems().forEach(p -> err.println("  problem: " + p));
        if (list.feeds().isEmpty()) {
            err.println("storyline: no feed to watch");
            return StorylineCli.USAGE;
        }
        List<Problem> notes = new ArrayList<>();
        try (Archive archive = Archive.open(ArchiveSettings.writable(store.directory))) {
            Object writer = new Object();
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(lazyEmbedder()), new StoryAssembler()::assemble);
            WatchDesk desk = new WatchDesk(Pipeline.standard(), ArticleAnalyzer::new, ingest, writer, notes::add);
            Watcher watcher = new Watcher(options.settings(), new ArchiveLedger(archive), options.batch);
            err.printf("watching %d feed%s into %s%n", list.feeds().size(), list.feeds().size() == 1 ? "" : "s", store.directory);
            if (once) {
                RoundReport report = watcher.round(list.feeds(), desk);
                RoundLines.print(report, err);
                notes.forEach(p -> err.println("  problem: " + p));
                boolean clean = report.allSucceeded() && list.problems().isEmpty() && notes.isEmpty();
                return clean ? StorylineCli.OK : StorylineCli.SOME_FAILED;
            }
            loop(watcher, list, desk, err);
            return StorylineCli.OK;
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("storyline: the store could not be written: " + e.getMessage());
            return StorylineCli.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StorylineCli.USAGE;
        }
    }

    /** Rounds until the process is told to stop; the round under way then commits before the store closes. */
    private void loop(Watcher watcher, FeedList list, WatchDesk desk, PrintWriter err) throws InterruptedException {
        WatchLoop loop = new WatchLoop(watcher, list.feeds(), desk, options.every, r -> RoundLines.print(r, err),
                message -> err.println("storyline: " + message));
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            loop.stop();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run();
        } finally {
            finished.countDown();
        }
    }

    /** The sentence model loads on the first article placed, so an idle round costs no model loading. */
    static Embedder lazyEmbedder() {
        return new Embedder() {
            private MiniLmEmbedder model;

            @Override
            public synchronized float[] embed(String text) {
                if (model == null) {
                    model = new MiniLmEmbedder();
                }
                return model.embed(text);
            }
        };
    }
}

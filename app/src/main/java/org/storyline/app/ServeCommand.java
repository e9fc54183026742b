package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.storyline.app.server.Intake;
import org.storyline.app.server.ServerSettings;
import org.storyline.app.server.StorylineServer;
import java.util.ArrayList;
import java.util.List;
import org.storyline.app.watch.RoundLines;
import org.storyline.app.watch.WatchDesk;
import org.storyline.app.watch.WatchLoop;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.fetch.FeedList;
import org.storyline.core.fetch.Watcher;
import org.storyline.core.store.ArchiveLedger;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline serve}: the JSON API and the web UI over a store. With a token (option or
 * {@code STORYLINE_TOKEN}) the server owns the store and accepts {@code POST /api/ingest}; without one it
 * opens the store read-only, refuses ingest, and picks up what a concurrent {@code storyline ingest}
 * commits. With {@code --watch FEEDS} the server also owns the store and runs the watcher, and pages show
 * new articles as they arrive.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the JSON API and the web UI over a store.")
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "STORYLINE_TOKEN";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "interface to bind (default: ${DEFAULT-VALUE}, this machine only)",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--token", description = "token required by POST /api/ingest (default: $" + TOKEN_VARIABLE + ")")
    String token;

    @Option(names = "--max-upload-mb", description = "largest ingest upload in MiB (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    int maxUploadMb;

    @Option(names = "--watch", arity = "1..*", paramLabel = "FEED",
            description = "watch these feeds (URLs, or files listing them, or OPML) in the server; the store becomes writable")
    List<String> watch = new ArrayList<>();

    @Mixin
    WatchOptions watching;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (secret != null && secret.isBlank()) {
            secret = null;
        }
        FeedList feeds = FeedList.read(watch);
        feeds.problems().forEach(p -> err.println("  problem: " + p));
        if (!watch.isEmpty() && feeds.feeds().isEmpty()) {
            err.println("storyline: no feed to watch");
            return StorylineCli.USAGE;
        }
        boolean writable = secret != null || !feeds.feeds().isEmpty();
        Archive archive;
        try {
            archive = Archive.open(writable ? ArchiveSettings.writable(store.directory) : ArchiveSettings.readOnly(store.directory));
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        }
        Object writer = new Object();
        ArchiveIngest ingest = writable
                ? new ArchiveIngest(archive, new ArticleProfiler(WatchCommand.lazyEmbedder()), new StoryAssembler()::assemble) : null;
        Intake intake = secret != null ? new Intake(new Newsroom().uploads(), ingest, writer) : null;
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-refresh");
            t.setDaemon(true);
            return t;
        });
        if (!writable) {
            refresher.scheduleWithFixedDelay(() -> refresh(archive), 2, 2, TimeUnit.SECONDS);
        }
        StorylineServer server;
        try {
            server = StorylineServer.start(archive, new ServerSettings(host, port, secret, maxUploadMb * 1024L * 1024L), intake);
        } catch (RuntimeException e) {
            err.println("storyline: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            close(archive);
            return StorylineCli.USAGE;
        }
        err.printf("Storyline serving %s at http://%s:%d/ (API at /api, ingest %s)%n", store.directory, host, server.port(),
                secret != null ? "enabled with a token" : "disabled: no token");
        WatchLoop loop = feeds.feeds().isEmpty() ? null : watch(archive, ingest, writer, feeds, err);
        Thread watcher = loop == null ? null : new Thread(loop, "storyline-watch");
        if (watcher != null) {
            watcher.setDaemon(true);
            watcher.start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (loop != null) {
                loop.stop();
                join(watcher);
            }
            server.close();
            refresher.shutdownNow();
            close(archive);
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return StorylineCli.OK;
    }

    /** The watcher, in the server: rounds every {@code --every}, articles stored as {@code watch} stores them. */
    private WatchLoop watch(Archive archive, ArchiveIngest ingest, Object writer, FeedList feeds, PrintWriter err) {
        WatchDesk desk = new WatchDesk(Pipeline.standard(), ArticleAnalyzer::new, ingest, writer,
                p -> err.println("  problem: " + p));
        Watcher watcher = new Watcher(watching.settings(), new ArchiveLedger(archive), watching.batch);
        err.printf("watching %d feed%s every %s%n", feeds.feeds().size(), feeds.feeds().size() == 1 ? "" : "s", watching.every);
        return new WatchLoop(watcher, feeds.feeds(), desk, watching.every, r -> RoundLines.print(r, err),
                message -> err.println("storyline: " + message));
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void refresh(Archive archive) {
        try {
            archive.refresh();
        } catch (IOException | RuntimeException e) {
            // the next refresh tries again; readers keep the last good view
        }
    }

    private static void close(Archive archive) {
        try {
            archive.close();
        } catch (IOException e) {
            // closing after the last commit: nothing is lost
        }
    }
}

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
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
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
 * commits.
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (secret != null && secret.isBlank()) {
            secret = null;
        }
        boolean writable = secret != null;
        Archive archive;
        try {
            archive = Archive.open(writable ? ArchiveSettings.writable(store.directory) : ArchiveSettings.readOnly(store.directory));
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        }
        Intake intake = writable ? new Intake(new Newsroom().uploads(),
                new ArchiveIngest(archive, new ArticleProfiler(new MiniLmEmbedder()), new StoryAssembler()::assemble)) : null;
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
                writable ? "enabled with a token" : "disabled: no token");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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

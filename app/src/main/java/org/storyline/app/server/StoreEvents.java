package org.storyline.app.server;

import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveCounts;

/**
 * Server-sent events at {@code /api/events}: a {@code store} event with the archive's counts when a
 * client connects and whenever what searches see changes (checked every second): a commit, or a
 * writer's refresh before its commit, which is why a page refreshes on every event, so that the
 * committed state follows any state in between. A page can thus show new articles without a reload. Works whoever writes: the server's own watcher or
 * uploads, or another process (read-only servers refresh every two seconds).
 */
final class StoreEvents implements AutoCloseable {

    private final Archive archive;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-events");
        t.setDaemon(true);
        return t;
    });
    private long version = -1;

    StoreEvents(Archive archive) {
        this.archive = archive;
    }

    void register(Javalin app) {
        app.sse("/api/events", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            send(client, counts());
        });
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            long now = archive.version();
            if (now == version) {
                return;
            }
            version = now;
            ArchiveCounts counts = archive.counts();
            clients.removeIf(SseClient::terminated);
            clients.forEach(client -> send(client, counts));
        } catch (IOException | RuntimeException e) {
            // the next tick tries again; a client that went away is dropped by its close handler
        }
    }

    private ArchiveCounts counts() {
        try {
            return archive.counts();
        } catch (IOException e) {
            return new ArchiveCounts(0, 0, 0, 0);
        }
    }

    private static void send(SseClient client, ArchiveCounts counts) {
        if (!client.terminated()) {
            client.sendEvent("store", counts);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        clients.forEach(SseClient::close);
    }
}

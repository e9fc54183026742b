package org.storyline.core.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most {@code connections} requests in flight to one host, and the starts of two
 * requests to it at least the host's delay apart. Hosts are told apart by origin (scheme, host, port).
 * Thread-safe; a thread waits here rather than hammering.
 */
final class HostGate {

    /** Held while a request runs; closing it frees the connection slot. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore slots;
        long nextStart = Long.MIN_VALUE;

        Host(int connections) {
            this.slots = new Semaphore(connections, true);
        }
    }

    private final int connections;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int connections) {
        this.connections = connections;
    }

    Pass enter(String origin, Duration delay) throws InterruptedException {
        Host host = hosts.computeIfAbsent(origin, key -> new Host(connections));
        host.slots.acquire();
        try {
            long wait;
            synchronized (host) {
                long now = System.nanoTime();
                long start = host.nextStart == Long.MIN_VALUE ? now : Math.max(now, host.nextStart);
                host.nextStart = start + delay.toNanos();
                wait = start - now;
            }
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            host.slots.release();
            throw e;
        }
        return host.slots::release;
    }
}

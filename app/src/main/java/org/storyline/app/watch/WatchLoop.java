package org.storyline.app.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.core.fetch.ArrivalSink;
import org.storyline.core.fetch.RoundReport;
import org.storyline.core.fetch.Watcher;

/**
 * Rounds every {@code every}, until stopped. Stopping lets the round under way commit what it has
 * (the watcher stops taking pages) rather than interrupting it in the middle of a store write. A round
 * that fails on the store is reported and the next one tries again.
 */
public final class WatchLoop implements Runnable {

    private final Watcher watcher;
    private final List<String> feeds;
    private final ArrivalSink sink;
    private final Duration every;
    private final Consumer<RoundReport> reports;
    private final Consumer<String> errors;
    private boolean stopped;

    public WatchLoop(Watcher watcher, List<String> feeds, ArrivalSink sink, Duration every,
                     Consumer<RoundReport> reports, Consumer<String> errors) {
        this.watcher = watcher;
        this.feeds = List.copyOf(feeds);
        this.sink = sink;
        this.every = every;
        this.reports = reports;
        this.errors = errors;
    }

    @Override
    public void run() {
        while (!isStopped()) {
            try {
                reports.accept(watcher.round(feeds, sink));
            } catch (IOException | UncheckedIOException e) {
                errors.accept("the store could not be written this round: " + e.getMessage());
            } catch (RuntimeException e) {
                // a bug on some input must not end the watch: the round's uncommitted work is redone next round
                errors.accept("internal error in this round: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            waitForNextRound();
        }
    }

    private synchronized void waitForNextRound() {
        long until = System.nanoTime() + every.toNanos();
        while (!stopped) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    /** Ends the loop: the round under way stops taking pages and commits; no round follows. */
    public synchronized void stop() {
        stopped = true;
        watcher.stop();
        notifyAll();
    }
}

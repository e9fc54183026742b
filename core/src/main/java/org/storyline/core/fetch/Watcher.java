package org.storyline.core.fetch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code fetch} stage: watches feeds and hands each new article on. A round fetches every feed
 * ({@link FeedPhase}), records its new items as pending in the {@link FeedLedger} and commits, then
 * fetches every pending page ({@link PagePhase}) and hands it to the {@link ArrivalSink}, committing
 * every {@code batch} arrivals and at the end. Because an item is pending in the ledger before its
 * feed's new validators are, and settled in the same commit as its article, a round cut short at any
 * point (even by {@code kill -9}) is finished by the next one without a page fetched twice after its
 * article was committed, or an article stored twice.
 *
 * <p>Robots rules and per-host politeness are kept across rounds. One round at a time.
 */
public final class Watcher {

    private final FetchSettings settings;
    private final FeedLedger ledger;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final int batch;
    private final Clock clock;
    private volatile boolean stopping;

    public Watcher(FetchSettings settings, FeedLedger ledger, int batch) {
        this(settings, ledger, batch, Clock.systemUTC());
    }

    Watcher(FetchSettings settings, FeedLedger ledger, int batch, Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.fetcher = new PoliteFetcher(settings);
        this.parser = new FeedParser(settings.maxFeedBytes());
        this.batch = Math.max(1, batch);
        this.clock = clock;
    }

    /** Runs one round over {@code feeds}; the report lists every feed and page that failed, with its reason. */
    public RoundReport round(List<String> feeds, ArrivalSink sink) throws IOException, InterruptedException {
        Instant start = clock.instant();
        RoundTally tally = new RoundTally();
        ExecutorService pool = pool();
        try {
            Map<String, FeedState> states = new FeedPhase(fetcher, parser, ledger, clock, tally, pool).run(feeds);
            sink.commit();
            if (!stopping) {
                new PagePhase(fetcher, ledger, settings, clock, tally, pool, sink, batch, states, () -> stopping)
                        .run(ledger.pending());
            }
            for (Map.Entry<String, Integer> failures : tally.pageFailures().entrySet()) {
                FeedState state = states.containsKey(failures.getKey()) ? states.get(failures.getKey())
                        : ledger.feed(failures.getKey()).orElse(null);
                if (state != null) {
                    ledger.put(state.withPageFailures(failures.getValue(), tally.lastPageFailure(failures.getKey())));
                }
            }
            sink.commit();
        } finally {
            pool.shutdownNow();
        }
        return tally.report(Duration.between(start, clock.instant()));
    }

    /** Asks a running round to stop taking pages; it commits what it has and returns. */
    public void stop() {
        stopping = true;
    }

    private ExecutorService pool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.threads(), task -> {
            Thread thread = new Thread(task, "storyline-fetch-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

package org.storyline.core.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

/**
 * A round's first half: every feed fetched (conditionally, politely, several hosts at once), read, and
 * each item not seen before recorded as a pending page. The feeds a sitemap index or OPML list names
 * are fetched in the same round. A feed that fails is recorded with its reason; the others go on.
 */
final class FeedPhase {

    /** A bound on what indexes and lists can add, so a loop of indexes ends. */
    private static final int MAX_FEEDS = 2_000;

    private record Fetched(String url, FeedState before, Fetch fetch) {
    }

    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final FeedLedger ledger;
    private final Clock clock;
    private final RoundTally tally;
    private final CompletionService<Fetched> done;
    private final Set<String> asked = new HashSet<>();
    private final Set<String> listed = new HashSet<>();
    private final Map<String, FeedState> states = new LinkedHashMap<>();
    private int inFlight;

    FeedPhase(PoliteFetcher fetcher, FeedParser parser, FeedLedger ledger, Clock clock, RoundTally tally, ExecutorService pool) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.ledger = ledger;
        this.clock = clock;
        this.tally = tally;
        this.done = new ExecutorCompletionService<>(pool);
    }

    /** Runs the phase; returns the state of every feed asked for, by URL. */
    Map<String, FeedState> run(List<String> feeds) throws IOException, InterruptedException {
        for (String feed : feeds) {
            ask(feed);
        }
        while (inFlight > 0) {
            Fetched fetched;
            try {
                fetched = done.take().get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a feed fetch failed unexpectedly", e.getCause());
            } finally {
                inFlight--;
            }
            settle(fetched);
        }
        return states;
    }

    private void ask(String url) throws IOException {
        if (asked.size() >= MAX_FEEDS || !asked.add(url)) {
            return;
        }
        FeedState before = ledger.feed(url).orElse(FeedState.first(url));
        tally.feeds++;
        inFlight++;
        done.submit(() -> new Fetched(url, before, fetcher.fetch(URI.create(url), before.validators(), Wanted.FEED)));
    }

    private void settle(Fetched fetched) throws IOException {
        Instant now = clock.instant();
        Fetch fetch = fetched.fetch();
        FeedState before = fetched.before();
        switch (fetch.status()) {
            case NOT_MODIFIED -> {
                tally.unchanged++;
                put(before.unchanged(now));
            }
            case FETCHED -> read(fetched, now);
            default -> failed(before, now, fetch.reason());
        }
    }

    private void read(Fetched fetched, Instant now) throws IOException {
        Response response = fetched.fetch().response();
        ParsedFeed feed;
        try {
            feed = parser.parse(fetched.fetch().url(), response.body(), response.contentType());
        } catch (UnreadableFeed unreadable) {
            failed(fetched.before(), now, unreadable.getMessage());
            return;
        }
        for (String named : feed.feeds()) {
            ask(named);
        }
        int fresh = 0;
        for (FeedEntry entry : feed.entries()) {
            String key = PageUrl.normalize(URI.create(entry.link()));
            if (listed.add(key) && ledger.page(key).isEmpty()) {
                ledger.put(PageState.pending(key, fetched.url(), entry, now));
                fresh++;
            }
        }
        tally.changed++;
        tally.newItems += fresh;
        put(fetched.before().read(now, feed, new Validators(response.etag(), response.lastModified()), fresh));
    }

    private void failed(FeedState before, Instant now, String reason) throws IOException {
        tally.feedFailed(before.url(), reason);
        put(before.failed(now, reason));
    }

    private void put(FeedState state) throws IOException {
        states.put(state.url(), state);
        ledger.put(state);
    }
}

package org.storyline.core.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * A round's second half: every pending page fetched (several hosts at once, each politely) and handed
 * to the sink, and each settled in the ledger as the sink stores it. A page that redirects to one
 * already stored is a duplicate; one that fails for a lasting reason, or for a passing one too many
 * rounds running, falls back to the feed's own text; one robots.txt forbids is left alone. Pages are
 * fetched at most a window ahead of the sink, so memory holds a few pages, not the round.
 */
final class PagePhase {

    private record Fetched(PageState page, Fetch fetch) {
    }

    private final PoliteFetcher fetcher;
    private final FeedLedger ledger;
    private final FetchSettings settings;
    private final Clock clock;
    private final RoundTally tally;
    private final CompletionService<Fetched> done;
    private final ArrivalSink sink;
    private final int batch;
    private final Map<String, FeedState> feeds;
    private final BooleanSupplier stopping;
    /** Canonical URLs taken this round, to the page URL that took each. */
    private final Map<String, String> taken = new HashMap<>();
    private int sinceCommit;

    PagePhase(PoliteFetcher fetcher, FeedLedger ledger, FetchSettings settings, Clock clock, RoundTally tally,
              ExecutorService pool, ArrivalSink sink, int batch, Map<String, FeedState> feeds, BooleanSupplier stopping) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.tally = tally;
        this.done = new ExecutorCompletionService<>(pool);
        this.sink = sink;
        this.batch = batch;
        this.feeds = feeds;
        this.stopping = stopping;
    }

    void run(List<PageState> pending) throws IOException, InterruptedException {
        Iterator<PageState> next = pending.iterator();
        int inFlight = 0;
        int window = 2 * settings.threads();
        while (next.hasNext() || inFlight > 0) {
            while (next.hasNext() && inFlight < window && !stopping.getAsBoolean()) {
                PageState page = next.next();
                done.submit(() -> new Fetched(page, fetcher.fetch(URI.create(page.url()), Validators.NONE, Wanted.PAGE)));
                inFlight++;
            }
            if (inFlight == 0) {
                break;
            }
            Fetched fetched = take();
            inFlight--;
            settle(fetched.page(), fetched.fetch());
            if (sinceCommit >= batch) {
                sink.commit();
                sinceCommit = 0;
            }
        }
    }

    private Fetched take() throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("a page fetch failed unexpectedly", e.getCause());
        }
    }

    private void settle(PageState page, Fetch fetch) throws IOException {
        switch (fetch.status()) {
            case FETCHED -> fetched(page, fetch);
            case DISALLOWED -> {
                tally.disallowed++;
                ledger.put(page.settled(PageStatus.DISALLOWED, null, null, fetch.reason(), clock.instant()));
            }
            case UNREACHABLE -> {
                if (page.attempts() + 1 >= settings.pageAttempts()) {
                    fallBack(page, null, fetch.reason() + " (in " + settings.pageAttempts() + " rounds)");
                } else {
                    tally.retrying++;
                    tally.pageFailed(page, fetch.reason() + "; tried again next round");
                    ledger.put(page.retry(fetch.reason(), clock.instant()));
                }
            }
            default -> fallBack(page, null, fetch.reason());
        }
    }

    private void fetched(PageState page, Fetch fetch) throws IOException {
        tally.pagesFetched++;
        String canonical = PageUrl.normalize(fetch.url());
        Optional<String> same = sameAs(page, canonical);
        if (same.isPresent()) {
            tally.duplicates++;
            ledger.put(page.settled(PageStatus.DUPLICATE, canonical, articleOf(canonical),
                    "the same page as " + same.get(), clock.instant()));
            return;
        }
        taken.put(canonical, page.url());
        Arrival arrival = Arrival.page(canonical, fetch.response(), page.entry(), outlet(page));
        sinceCommit++;
        sink.take(arrival, settlement -> recorded(() -> settled(page, canonical, arrival, settlement)));
    }

    /** The page that already holds this canonical URL, when it is not this one. */
    private Optional<String> sameAs(PageState page, String canonical) throws IOException {
        String takenBy = taken.get(canonical);
        if (takenBy != null) {
            return takenBy.equals(page.url()) ? Optional.empty() : Optional.of(takenBy);
        }
        if (canonical.equals(page.url())) {
            return Optional.empty();
        }
        return ledger.page(canonical).filter(known -> known.status() != PageStatus.PENDING).map(PageState::url);
    }

    private String articleOf(String canonical) throws IOException {
        return ledger.page(canonical).map(PageState::articleId).orElse(null);
    }

    private void settled(PageState page, String canonical, Arrival arrival, Settlement settlement) throws IOException {
        String fallbackReason = arrival.fromFeed() ? page.reason() : null;
        PageState record = switch (settlement.result()) {
            case STORED -> {
                if (arrival.fromFeed()) {
                    tally.fromFeed++;
                } else {
                    tally.stored++;
                }
                yield page.settled(arrival.fromFeed() ? PageStatus.FROM_FEED : PageStatus.STORED, canonical,
                        settlement.articleId(), fallbackReason, clock.instant());
            }
            case ALREADY_STORED -> {
                tally.duplicates++;
                yield page.settled(PageStatus.DUPLICATE, canonical, settlement.articleId(),
                        "the same content as an article already stored", clock.instant());
            }
            case NOT_READ -> null;
        };
        if (record == null) {
            if (arrival.fromFeed()) {
                gaveUp(page, canonical, page.reason() + "; the feed's text is not an article either: " + settlement.reason());
            } else {
                fallBack(page, canonical, "not read as an article: " + settlement.reason());
            }
            return;
        }
        ledger.put(record);
        if (canonical != null && !canonical.equals(page.url())) {
            ledger.put(record.under(canonical));
        }
    }

    /** The page failed: the feed's own text of the item goes in its place, or the page is given up. */
    private void fallBack(PageState page, String canonical, String reason) throws IOException {
        PageState failed = new PageState(page.url(), page.status(), page.canonical(), null, page.feed(), page.attempts(),
                reason, page.updated(), page.entry());
        Arrival arrival = Arrival.fromFeed(page.url(), page.feed(), page.entry(), outlet(page));
        if (arrival == null) {
            gaveUp(failed, canonical, reason + "; the feed carries no text of the item");
            return;
        }
        tally.pageFailed(page, reason + "; stored the feed's own text of the item instead");
        sinceCommit++;
        sink.take(arrival, settlement -> recorded(() -> settled(failed, canonical, arrival, settlement)));
    }

    private void gaveUp(PageState page, String canonical, String reason) throws IOException {
        tally.pageFailed(page, reason);
        ledger.put(page.settled(PageStatus.FAILED, canonical, null, reason, clock.instant()));
    }

    private String outlet(PageState page) {
        FeedState feed = page.feed() == null ? null : feeds.get(page.feed());
        if (feed == null && page.feed() != null) {
            try {
                feed = ledger.feed(page.feed()).orElse(null);
                if (feed != null) {
                    feeds.put(feed.url(), feed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return feed == null ? null : feed.title();
    }

    private interface Recording {
        void run() throws IOException;
    }

    private static void recorded(Recording recording) {
        try {
            recording.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

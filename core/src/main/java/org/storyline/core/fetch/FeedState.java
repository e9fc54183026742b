package org.storyline.core.fetch;

import java.time.Instant;

/**
 * What the watcher keeps of one feed between rounds.
 *
 * @param url          the feed's URL
 * @param kind         what it turned out to be, or {@code null} before it was first read
 * @param title        its title, or {@code null}
 * @param validators   what to send on the next fetch to ask whether it changed
 * @param lastFetch    when it was last asked for, or {@code null}
 * @param status       how that went, or {@code null} before the first fetch
 * @param error        why the feed failed, or why some of its pages did, or {@code null}
 * @param newItems     the items first seen at the last fetch
 * @param items        every item it has listed, over all rounds
 * @param failedPages  its pages that failed in the last round
 * @param lastNewItem  when it last listed a new item, or {@code null}
 */
public record FeedState(String url, FeedKind kind, String title, Validators validators, Instant lastFetch,
                        FeedStatus status, String error, int newItems, long items, int failedPages, Instant lastNewItem) {

    public FeedState {
        validators = validators == null ? Validators.NONE : validators;
    }

    static FeedState first(String url) {
        return new FeedState(url, null, null, Validators.NONE, null, null, null, 0, 0, 0, null);
    }

    FeedState failed(Instant at, String reason) {
        return new FeedState(url, kind, title, validators, at, FeedStatus.FAILED, reason, 0, items, 0, lastNewItem);
    }

    FeedState unchanged(Instant at) {
        return new FeedState(url, kind, title, validators, at, FeedStatus.NOT_MODIFIED, null, 0, items, 0, lastNewItem);
    }

    FeedState read(Instant at, ParsedFeed feed, Validators next, int fresh) {
        return new FeedState(url, feed.kind(), feed.title() != null ? feed.title() : title, next, at, FeedStatus.FETCHED,
                null, fresh, items + fresh, 0, fresh > 0 ? at : lastNewItem);
    }

    FeedState withPageFailures(int failed, String lastReason) {
        return new FeedState(url, kind, title, validators, lastFetch, status,
                failed == 0 ? error : failed + (failed == 1 ? " page" : " pages") + " failed, last: " + lastReason,
                newItems, items, failed, lastNewItem);
    }
}

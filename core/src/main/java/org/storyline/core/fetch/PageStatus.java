package org.storyline.core.fetch;

/** Where one article page stands. Every status but {@link #PENDING} is settled: the page is never fetched again. */
public enum PageStatus {
    /** Listed by a feed, not yet settled (new, or its last try failed for a reason that may pass). */
    PENDING,
    /** Fetched and stored. */
    STORED,
    /** The page could not be fetched or read; the feed's own text of the item was stored instead. */
    FROM_FEED,
    /** The same article as one already stored (the same page after redirects, or the same content). */
    DUPLICATE,
    /** robots.txt forbids fetching it. */
    DISALLOWED,
    /** Given up: the page failed and the feed carries no text to fall back to. */
    FAILED
}

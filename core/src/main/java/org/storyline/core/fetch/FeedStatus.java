package org.storyline.core.fetch;

/** How a feed's last fetch went. */
public enum FeedStatus {
    /** Fetched and read. */
    FETCHED,
    /** Unchanged since the last fetch (HTTP 304). */
    NOT_MODIFIED,
    /** Not fetched or not readable; {@link FeedState#error()} says why. */
    FAILED
}

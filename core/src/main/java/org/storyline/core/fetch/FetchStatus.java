package org.storyline.core.fetch;

/** How a fetch ended. */
enum FetchStatus {
    /** A body arrived, of a type the caller reads. */
    FETCHED,
    /** The server said the feed has not changed since the validators it was sent (304). */
    NOT_MODIFIED,
    /** robots.txt forbids it; nothing was asked of the URL itself. */
    DISALLOWED,
    /** A failure asking again will not cure: 4xx, a wrong type, too large, too many redirects. */
    FAILED,
    /** A failure that may pass: a timeout, a host down, a 5xx or 429 after every retry. */
    UNREACHABLE
}

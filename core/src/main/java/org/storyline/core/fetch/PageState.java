package org.storyline.core.fetch;

import java.time.Instant;

/**
 * What the watcher keeps of one article page: enough that a restart, even after the process was
 * killed, never fetches a settled page again nor stores its article twice.
 *
 * @param url       the page's URL, {@linkplain PageUrl#normalize normalized}
 * @param status    where it stands
 * @param canonical the URL it ended at after redirects, or {@code null} before it was fetched
 * @param articleId the stored article it became or duplicates, or {@code null}
 * @param feed      the feed that listed it first
 * @param attempts  rounds in which fetching it failed for a reason that may pass
 * @param reason    why it failed, was disallowed or fell back, or {@code null}
 * @param updated   when this record was written
 * @param entry     what the feed said of it (its text only while it is pending, for a fallback)
 */
public record PageState(String url, PageStatus status, String canonical, String articleId, String feed,
                        int attempts, String reason, Instant updated, FeedEntry entry) {

    static PageState pending(String url, String feed, FeedEntry entry, Instant at) {
        return new PageState(url, PageStatus.PENDING, null, null, feed, 0, null, at, entry);
    }

    PageState retry(String why, Instant at) {
        return new PageState(url, PageStatus.PENDING, canonical, null, feed, attempts + 1, why, at, entry);
    }

    PageState settled(PageStatus outcome, String canonicalUrl, String article, String why, Instant at) {
        return new PageState(url, outcome, canonicalUrl, article, feed, attempts, why, at,
                entry == null ? null : entry.withoutContent());
    }

    /** The same settlement recorded under another URL (the canonical one after a redirect). */
    PageState under(String otherUrl) {
        return new PageState(otherUrl, status, canonical, articleId, feed, attempts, reason, updated, entry);
    }
}

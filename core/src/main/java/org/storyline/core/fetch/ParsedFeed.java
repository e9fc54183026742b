package org.storyline.core.fetch;

import java.util.List;

/**
 * What one feed lists.
 *
 * @param title   the channel's or list's title, or {@code null}
 * @param entries the articles it lists, in its order
 * @param feeds   the further feeds it names (a sitemap index's sitemaps, an OPML list's feeds)
 */
record ParsedFeed(FeedKind kind, String title, List<FeedEntry> entries, List<String> feeds) {

    ParsedFeed {
        entries = List.copyOf(entries);
        feeds = List.copyOf(feeds);
    }
}

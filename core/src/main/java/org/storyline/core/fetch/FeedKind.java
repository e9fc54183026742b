package org.storyline.core.fetch;

/** The kinds of list the watcher reads. An index and an OPML list name further feeds rather than articles. */
public enum FeedKind {
    RSS,
    ATOM,
    SITEMAP,
    SITEMAP_INDEX,
    OPML
}

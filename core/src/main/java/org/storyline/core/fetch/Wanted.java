package org.storyline.core.fetch;

import java.util.Set;

/** What a fetch is for: it sets the Accept header, the size limit and the types that are read. */
enum Wanted {
    /** A feed, sitemap or OPML list: any text or XML type (sitemaps also come gzipped). */
    FEED("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5") {
        @Override
        boolean reads(String mediaType) {
            return !(mediaType.startsWith("image/") || mediaType.startsWith("audio/") || mediaType.startsWith("video/")
                    || mediaType.startsWith("font/") || mediaType.equals("application/pdf"));
        }
    },
    /** An article page: HTML, or plain text; a missing type is left to the reader to sniff. */
    PAGE("text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1") {
        @Override
        boolean reads(String mediaType) {
            return PAGE_TYPES.contains(mediaType);
        }
    };

    private static final Set<String> PAGE_TYPES = Set.of("", "text/html", "application/xhtml+xml", "text/plain");

    final String accept;

    Wanted(String accept) {
        this.accept = accept;
    }

    abstract boolean reads(String mediaType);

    long limit(FetchSettings settings) {
        return this == PAGE ? settings.maxPageBytes() : settings.maxFeedBytes();
    }
}

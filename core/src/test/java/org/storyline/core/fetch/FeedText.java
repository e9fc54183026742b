package org.storyline.core.fetch;

import java.time.Duration;

/** Feeds, pages and settings written for the fetch tests. */
final class FeedText {

    /**
     * No politeness delay (the tests' own site is on loopback) and short retry waits; timeouts stay long
     * enough for a cold JVM's first request (TLS set-up alone can take seconds on a busy machine).
     */
    static final FetchSettings QUICK = FetchSettings.DEFAULTS
            .withPoliteness(Duration.ZERO, 4)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .withRetries(1, Duration.ofMillis(10));

    private FeedText() {
    }

    /** An RSS 2.0 feed; each item is {link, title, description}. */
    static String rss(String title, String[]... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>http://example.invalid/</link><description>News</description>");
        for (String[] item : items) {
            xml.append("<item><title>").append(item[1]).append("</title><link>").append(item[0]).append("</link>")
                    .append("<pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate>");
            if (item.length > 2) {
                xml.append("<description>").append(item[2]).append("</description>");
            }
            xml.append("</item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    static String[] item(String link, String title) {
        return new String[] {link, title};
    }

    static String[] item(String link, String title, String description) {
        return new String[] {link, title, description};
    }

    /** A short article page. */
    static String page(String headline, String text) {
        return "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + text + "</p></article></body></html>";
    }
}

package org.storyline.core.fetch;

import java.nio.charset.StandardCharsets;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;

/**
 * An article the watcher hands on to be stored, as a file would be handed to ingest: a fetched page,
 * or, when the page could not be had or read, the item's own text from its feed ({@code fromFeed}).
 *
 * @param source   where it came from, for reports and {@code Article.source}: the page URL, or for the
 *                 feed's own text, the page URL followed by "(the feed's text, from FEED)"
 * @param bytes    the page's bytes as served (decompressed), or the feed's text as UTF-8
 * @param charset  the charset the server named, or {@code null}
 * @param format   how the bytes read: an HTML page or fragment, or plain text
 * @param hints    the page URL (after redirects) and what the feed said of the item
 * @param fromFeed whether this is the feed's own text rather than the page
 */
public record Arrival(String source, byte[] bytes, String charset, DocumentFormat format, DocumentHints hints,
                      boolean fromFeed) {

    static Arrival page(String url, Response response, FeedEntry entry, String outlet) {
        DocumentFormat format = response.mediaType().equals("text/plain") ? DocumentFormat.TEXT : DocumentFormat.HTML;
        return new Arrival(url, response.body(), response.charset(), format, hints(url, entry, outlet), false);
    }

    /** The item's text from its feed, or {@code null} when the feed carries none. */
    static Arrival fromFeed(String url, String feed, FeedEntry entry, String outlet) {
        if (entry == null || entry.content() == null || entry.content().isBlank()) {
            return null;
        }
        String text = entry.content();
        DocumentFormat format = text.indexOf('<') >= 0 ? DocumentFormat.HTML : DocumentFormat.TEXT;
        return new Arrival(url + " (the feed's text, from " + feed + ")", text.getBytes(StandardCharsets.UTF_8),
                "UTF-8", format, hints(url, entry, outlet), true);
    }

    private static DocumentHints hints(String url, FeedEntry entry, String outlet) {
        return entry == null ? new DocumentHints(url, null, outlet, null, null)
                : new DocumentHints(url, entry.title(), outlet, entry.authors(), entry.published());
    }
}

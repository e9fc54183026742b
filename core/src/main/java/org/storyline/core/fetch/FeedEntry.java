package org.storyline.core.fetch;

import java.util.List;

/**
 * One item a feed or sitemap lists: the article it points to and what the feed says of it. Any field
 * but {@code link} may be {@code null}; {@code authors} is never {@code null}.
 *
 * @param link        the article's URL, absolute, as the feed gives it
 * @param title       the headline as the feed gives it
 * @param published   publication date-time as the feed gives it (ISO-8601)
 * @param authors     author names as the feed gives them
 * @param content     the article's text as the feed carries it (full content when it has one, else
 *                    its summary), HTML or plain text; what an item falls back to when its page fails
 * @param fullContent whether {@code content} is the full article rather than a summary
 */
public record FeedEntry(String link, String title, String published, List<String> authors, String content,
                        boolean fullContent) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The same item without its text: what is kept once the item is settled. */
    FeedEntry withoutContent() {
        return content == null ? this : new FeedEntry(link, title, published, authors, null, fullContent);
    }
}

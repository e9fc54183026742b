package org.storyline.core.model;

import java.util.List;

/**
 * Metadata a container supplied beside the content: a JSON record's fields, a feed item's title and
 * date, a WARC record's target URI. The extractor prefers what the content itself says and falls back
 * on these. Any field may be {@code null}; {@code authors} is never {@code null}.
 *
 * @param url       where the document was published
 * @param title     headline as the container gives it
 * @param outlet    outlet name as the container gives it (a feed's channel title, a JSON {@code outlet})
 * @param authors   author names as the container gives them
 * @param published publication date-time as the container writes it (ISO-8601, RFC-822 or free text)
 */
public record DocumentHints(String url, String title, String outlet, List<String> authors, String published) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, List.of(), null);

    public DocumentHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}

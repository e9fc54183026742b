package org.storyline.core.extract;

import java.util.List;

/**
 * What one kind of page metadata (JSON-LD, meta tags, the visible byline) says about the article.
 * Any field may be {@code null}; {@code authors} is never {@code null}.
 *
 * @param title       the headline
 * @param siteName    the outlet's name
 * @param authors     author names
 * @param published   publication date-time as written
 * @param modified    last-modified date-time as written
 * @param language    language code or locale as written ("en", "de-DE", "en_US")
 * @param url         the canonical URL
 * @param articleBody the full text, when the page carries it as data (JSON-LD {@code articleBody})
 */
record PageFacts(String title, String siteName, List<String> authors, String published, String modified,
                 String language, String url, String articleBody) {

    static final PageFacts NONE = new PageFacts(null, null, List.of(), null, null, null, null, null);

    PageFacts {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}

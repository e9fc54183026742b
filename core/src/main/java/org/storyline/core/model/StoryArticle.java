package org.storyline.core.model;

import java.time.LocalDate;

/**
 * One article of a story, as the story lists it.
 *
 * @param id          the {@link Article#id()}
 * @param outlet      the outlet's name; when the article names none, its source (file name or URL)
 *                    so that readers can still tell articles apart; never null
 * @param title       the headline, or a short phrase from the lede when the article has none
 *                    ({@link org.storyline.core.story.ShortTitle}); {@code null} only when it has no text
 * @param url         where it was published, or {@code null}
 * @param published   its publication date, or {@code null} when unknown
 * @param duplicateOf the id of the story article this one copies (a wire copy, a light edit), or
 *                    {@code null} when it is an independent report
 * @param source      where the article was read from: a file, with {@code #line 12} or {@code #record 3} when
 *                    the file holds several documents, or the URL or upload name it came in under
 */
public record StoryArticle(String id, String outlet, String title, String url, LocalDate published, String duplicateOf,
                           String source) {

    /** An article whose source is not known (built by hand, or stored before sources were kept). */
    public StoryArticle(String id, String outlet, String title, String url, LocalDate published, String duplicateOf) {
        this(id, outlet, title, url, published, duplicateOf, null);
    }
}

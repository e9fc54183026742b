package org.storyline.core.model;

import java.util.Objects;

/**
 * Where a story's report comes from: one article of one outlet, and the words it printed.
 *
 * @param outlet    the outlet's name, as in {@link StoryArticle#outlet()}
 * @param articleId the {@link Article#id()}
 * @param text      the sentence or quote as that article printed it
 * @param span      where {@code text} is in that article's {@link Article#text()}
 */
public record Citation(String outlet, String articleId, String text, Span span) {

    public Citation {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
    }
}

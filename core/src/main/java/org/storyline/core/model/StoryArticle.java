package org.storyline.core.model;

import java.time.LocalDate;

/**
 * One article of a story, as the story lists it.
 *
 * @param id          the {@link Article#id()}
 * @param outlet      the outlet's name; when the article names none, its source (file name or URL)
 *                    so that readers can still tell articles apart; never null
 * @param title       the headline, or {@code null} when the article has none
 * @param url         where it was published, or {@code null}
 * @param published   its publication date, or {@code null} when unknown
 * @param duplicateOf the id of the story article this one copies (a wire copy, a light edit), or
 *                    {@code null} when it is an independent report
 */
public record StoryArticle(String id, String outlet, String title, String url, LocalDate published, String duplicateOf) {
}

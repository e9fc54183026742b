package org.storyline.core.store;

/**
 * Which quotes to list. Every field may be {@code null} (no constraint).
 *
 * @param query   words to find in the quote
 * @param speaker the speaker ({@link PersonId} or canonical name)
 * @param outlet  an outlet carrying it (exact name)
 * @param story   the story id
 */
public record QuoteFilter(String query, String speaker, String outlet, String story) {

    public static final QuoteFilter ALL = new QuoteFilter(null, null, null, null);
}

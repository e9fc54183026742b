package org.storyline.core.store;

import java.time.LocalDate;

/**
 * Which articles to list. Every field may be {@code null} (no constraint).
 *
 * @param query        words to find in the headline and body
 * @param outlet       outlet name (exact)
 * @param person       a person the article names (exact canonical name)
 * @param organization an organisation the article names (exact)
 * @param place        a place the article names (exact)
 * @param story        the story id
 * @param from         published on or after
 * @param to           published on or before
 */
public record ArticleFilter(String query, String outlet, String person, String organization, String place,
                            String story, LocalDate from, LocalDate to) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null, null, null, null);

    public static ArticleFilter query(String query) {
        return new ArticleFilter(query, null, null, null, null, null, null, null);
    }
}

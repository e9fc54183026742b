package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the story's articles date.
 *
 * @param date      the ISO date it happened, at the precision the articles give
 *                  ({@code 2023-11-28}, or {@code 2022-02} for "February 2022")
 * @param text      the sentence that dates it, as the first citing article printed it
 * @param outlets   the outlets dating it, each once
 * @param citations each article dating it, with its own sentence
 */
public record TimelineEvent(String date, String text, List<String> outlets, List<Citation> citations) {

    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        outlets = List.copyOf(outlets);
        citations = List.copyOf(citations);
    }
}

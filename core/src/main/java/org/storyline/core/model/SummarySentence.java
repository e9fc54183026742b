package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a story's extractive summary, with the outlets whose articles carry its statement.
 *
 * @param text      the sentence as one article printed it, less what reads only against that article's
 *                  dateline (the weekday of the report, "here") and its asides; the citations quote it whole
 * @param outlets   every outlet carrying the statement, each once, never empty
 * @param citations the articles it comes from, with each one's own wording
 */
public record SummarySentence(String text, List<String> outlets, List<Citation> citations) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        outlets = List.copyOf(outlets);
        citations = List.copyOf(citations);
    }
}

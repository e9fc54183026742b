package org.storyline.core.model;

/**
 * A named-entity or numeric expression found by the {@code nlp} stage.
 *
 * @param text       the words as written
 * @param span       where it is in {@link Article#text()}
 * @param type       what kind of expression it is
 * @param normalized its normalized value, or {@code null}: an ISO date ({@code 2023-11-29},
 *                   {@code 2022-02}) for DATE, a plain decimal for NUMBER and PERCENT
 *                   ({@code 1000000}, {@code 25}), currency and amount for MONEY
 *                   ({@code USD 415000000000})
 */
public record Mention(String text, Span span, MentionType type, String normalized) {
}

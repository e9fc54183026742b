package org.storyline.core.claims;

/**
 * A quantity as written in a sentence: "about 300,000", "$415 billion", "25%", "several billion dollars".
 * Token indexes are within the sentence, {@code [first, end)}.
 *
 * @param first       first token, hedge and currency sign included
 * @param number      first token of the number itself
 * @param numberEnd   end of the number's tokens
 * @param end         end of the quantity, unit words included
 * @param value       the value, normalized
 * @param unit        currency code or {@code percent}, or {@code null} when a noun must say what is counted
 * @param approximate hedged or vague
 */
record Quantity(int first, int number, int numberEnd, int end, double value, String unit, boolean approximate) {
}

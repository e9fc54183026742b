package org.storyline.core.story;

import org.storyline.core.model.Span;

/**
 * Finds a quote printed word for word inside quotation marks in another article's text. Only quotes of
 * some length are looked for: four words in the same order, in quotation marks, are one speaker's words
 * reported again, not a coincidence.
 */
final class VerbatimQuote {

    private static final int MIN_WORDS = 4;

    private VerbatimQuote() {
    }

    /** Where {@code quote} is quoted in {@code text}, or {@code null}. */
    static Span find(String text, String quote) {
        var words = quote.strip();
        if (words.split("\\s+").length < MIN_WORDS) {
            return null;
        }
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (insideQuotationMarks(text, at)) {
                return new Span(at, at + words.length());
            }
        }
        return null;
    }

    /** Whether an opening quotation mark before {@code at}, in the same paragraph, is still open. */
    private static boolean insideQuotationMarks(String text, int at) {
        int paragraph = text.lastIndexOf("\n\n", at);
        int straight = 0;
        int open = 0;
        for (int i = paragraph < 0 ? 0 : paragraph; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }
}

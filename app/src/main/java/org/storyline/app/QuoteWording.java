package org.storyline.app;

import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Report;

import java.util.Comparator;

/**
 * How a quote is set before a reader: a speaker's own words (a direct or partial quote) between quotation
 * marks, and reported speech ("he said the talks had failed") as a paraphrase, never between quotation
 * marks, since those would put the reporter's wording in the speaker's mouth.
 */
public final class QuoteWording {

    /** Fewer words than this is a fragment ("bunk", "making a farce"), shown after whole statements. */
    private static final int FRAGMENT_WORDS = 5;

    /**
     * A person's quotes in the order a reader wants them: the most widely carried first, then whole
     * statements before fragments of a few words ("bunk"), then the speaker's own words before a paraphrase.
     */
    public static final Comparator<Report> MOST_TELLING = Comparator
            .comparingInt((Report q) -> -q.outlets().size())
            .thenComparing(q -> q.text().strip().split("\\s+").length < FRAGMENT_WORDS)
            .thenComparing(q -> isParaphrase(q.quoteKind()));

    /** The label a paraphrase carries where quotation marks would stand. */
    public static final String PARAPHRASE = "paraphrase";
    /** How a page opens a paraphrase: a blockquote of its own class, labelled (close it with {@code </blockquote>}). */
    public static final String PARAPHRASE_BLOCKQUOTE = "<blockquote class=\"paraphrase\"><span class=\"kind\">" + PARAPHRASE
            + "</span>";

    private QuoteWording() {
    }

    /** Whether the words are the reporter's, not the speaker's: an indirect quote. */
    public static boolean isParaphrase(QuoteKind kind) {
        return kind == QuoteKind.INDIRECT;
    }

    /**
     * A speaker's own words as a page sets them without quotation marks of its own: as they are, or, when
     * they join quoted pieces around the reporter's words ("a phony peace on paper” which is “not honored"),
     * between quotation marks, so the pieces read as quoted and the words between as the reporter's.
     */
    public static String ownWords(String text) {
        int close = text.indexOf('\u201d');
        int open = text.indexOf('\u201c');
        return close >= 0 && (open < 0 || close < open) ? "\u201c" + text + "\u201d" : text;
    }

    /** The words as plain text: “between quotation marks”, or "(paraphrase) …" for reported speech. */
    public static String plain(QuoteKind kind, String text) {
        return isParaphrase(kind) ? "(" + PARAPHRASE + ") " + text : "\u201c" + text + "\u201d";
    }
}

package org.storyline.core.nlp;

import org.storyline.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in article text by their marks: curly and straight double quotes, guillemets, double
 * marks typed as two apostrophes (''…'' or ``…''), and single quotes where they cannot be apostrophes. A
 * quotation never crosses a paragraph break; one left open at a paragraph's end is reported unclosed. Single
 * quotes inside a double-quoted stretch are nested quotes and stay part of it. Unbalanced or stray marks never
 * throw; they are skipped.
 */
public final class QuotationMarks {

    private QuotationMarks() {
    }

    public static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            paragraph(text, start, end, out);
            start = end + 2;
        }
        return out;
    }

    private static void paragraph(String text, int from, int to, List<Quotation> out) {
        int open = -1;
        int width = 1;
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (opensDoubledMark(text, i, from, to)) {
                    open = i;
                    width = 2;
                    single = false;
                    i++;
                } else if (opensDouble(text, i, from)) {
                    open = i;
                    width = 1;
                    single = false;
                } else if (opensSingle(text, i, from, to)) {
                    open = i;
                    width = 1;
                    single = true;
                }
            } else if (!single && width == 2) {
                if (closesDoubledMark(text, i, to)) {
                    add(out, open, i, true, false, 2);
                    open = -1;
                    i++;
                }
            } else if (!single) {
                if (closesDouble(c)) {
                    add(out, open, i, true, false, 1);
                    open = -1;
                } else if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
                    // A second opening mark: the first quotation was never closed.
                    add(out, open, i, false, false, 1);
                    open = i;
                }
            } else if (closesSingle(text, i, to)) {
                add(out, open, i, true, true, 1);
                open = -1;
            } else if (c == '\u201c' || (c == '"' && isOpeningContext(text, i, from))) {
                // An unclosed single mark was an apostrophe after all.
                open = i;
                single = false;
            }
        }
        if (open >= 0 && !single) {
            int end = to;
            while (end > open + width && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            add(out, open, end, false, false, width);
        }
    }

    private static void add(List<Quotation> out, int open, int end, boolean closed, boolean single, int width) {
        Span inner = new Span(open + width, Math.max(open + width, end));
        if (inner.length() > 0) {
            out.add(new Quotation(inner, open, closed, single, width));
        }
    }

    /**
     * A double mark typed as two apostrophes, as some archives write quotations ({@code ''We will,'' she
     * said}), or opened by two backticks as typeset wire copy does ({@code ``We will,'' she said}): opening
     * where a quotation can open, before a letter, digit or a nested single mark.
     */
    private static boolean opensDoubledMark(String text, int i, int from, int to) {
        char c = text.charAt(i);
        return i + 2 < to && (c == '\'' || c == '`') && text.charAt(i + 1) == c && isOpeningContext(text, i, from)
                && (Character.isLetterOrDigit(text.charAt(i + 2)) || text.charAt(i + 2) == '\'' || text.charAt(i + 2) == '`');
    }

    /** Two apostrophes closing a quotation opened by a doubled mark: after a word or punctuation, not before a letter. */
    private static boolean closesDoubledMark(String text, int i, int to) {
        return i + 1 < to && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
                && !Character.isWhitespace(text.charAt(i - 1)) && !(i + 2 < to && Character.isLetter(text.charAt(i + 2)));
    }

    private static boolean opensDouble(String text, int i, int from) {
        char c = text.charAt(i);
        return c == '\u201c' || c == '\u201e' || c == '\u00ab' || (c == '"' && isOpeningContext(text, i, from));
    }

    private static boolean closesDouble(char c) {
        return c == '\u201d' || c == '"' || c == '\u00bb';
    }

    private static boolean opensSingle(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c != '\u2018' && c != '\'') {
            return false;
        }
        return isOpeningContext(text, i, from) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                && !isElidedYear(text, i, to);
    }

    private static boolean closesSingle(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != '\u2019' && c != '\'') {
            return false;
        }
        boolean letterAfter = i + 1 < to && Character.isLetter(text.charAt(i + 1));
        return !letterAfter && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && !isPluralPossessive(text, i, to);
    }

    /**
     * Whether a closing single mark is the apostrophe of a plural possessive inside the quotation ("‘We’re proud
     * of the crews’ work.’", "'The workers' union knows that,'"): after an "s", before a lower-case word, with
     * the quotation's own closing mark still to come and no new one opened before it.
     */
    private static boolean isPluralPossessive(String text, int i, int to) {
        char mark = text.charAt(i);
        if (text.charAt(i - 1) != 's' || i + 2 >= to || text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) {
            return false;
        }
        for (int k = i + 1; k < to; k++) {
            char c = text.charAt(k);
            boolean opens = c == '\u2018' || c == '\u201c' || c == '\'' && Character.isWhitespace(text.charAt(k - 1));
            if (opens) {
                return false;
            }
            if (c == mark && !(k + 1 < to && Character.isLetter(text.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpeningContext(String text, int i, int from) {
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{\u2014\u2013-/:;,".indexOf(before) >= 0
                || before == '\u201c' || before == '"';
    }

    /** '90s and ’20 are elided years, not quotations. */
    private static boolean isElidedYear(String text, int i, int to) {
        return i + 2 < to && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2));
    }
}

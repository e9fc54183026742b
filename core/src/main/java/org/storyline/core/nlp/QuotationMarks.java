package org.storyline.core.nlp;

import org.storyline.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in article text by their marks: curly and straight double quotes, guillemets, and
 * single quotes where they cannot be apostrophes. A quotation never crosses a paragraph break; one left
 * open at a paragraph's end is reported unclosed. Single quotes inside a double-quoted stretch are nested
 * quotes and stay part of it. Unbalanced or stray marks never throw; they are skipped.
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
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (opensDouble(text, i, from)) {
                    open = i;
                    single = false;
                } else if (opensSingle(text, i, from, to)) {
                    open = i;
                    single = true;
                }
            } else if (!single) {
                if (closesDouble(c)) {
                    add(out, open, i, true, false);
                    open = -1;
                } else if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
                    // A second opening mark: the first quotation was never closed.
                    add(out, open, i, false, false);
                    open = i;
                }
            } else if (closesSingle(text, i, to)) {
                add(out, open, i, true, true);
                open = -1;
            } else if (c == '\u201c' || (c == '"' && isOpeningContext(text, i, from))) {
                // An unclosed single mark was an apostrophe after all.
                open = i;
                single = false;
            }
        }
        if (open >= 0 && !single) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            add(out, open, end, false, false);
        }
    }

    private static void add(List<Quotation> out, int open, int end, boolean closed, boolean single) {
        Span inner = new Span(open + 1, Math.max(open + 1, end));
        if (inner.length() > 0) {
            out.add(new Quotation(inner, open, closed, single));
        }
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
        return !letterAfter && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
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

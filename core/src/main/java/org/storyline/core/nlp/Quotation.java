package org.storyline.core.nlp;

import org.storyline.core.model.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param inner  the quoted words, without the marks
 * @param open   where the opening mark is
 * @param closed whether a closing mark ends it; newswire leaves a quote open at a paragraph's end when
 *               the next paragraph goes on quoting the same speaker, and then this is {@code false}
 * @param single whether single marks ('…' or ‘…’) enclose it, as headlines and nested quotes use
 * @param markWidth how many characters each mark takes: 2 for a double mark typed as two apostrophes ('' or
 *                  ``…'')
 */
public record Quotation(Span inner, int open, boolean closed, boolean single, int markWidth) {

    /** A quotation between marks of one character. */
    public Quotation(Span inner, int open, boolean closed, boolean single) {
        this(inner, open, closed, single, 1);
    }

    /** The span from the opening mark through the closing one (or the paragraph's end when unclosed). */
    public Span outer() {
        return new Span(open, closed ? inner.end() + markWidth : inner.end());
    }
}

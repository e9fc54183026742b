package org.storyline.core.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page: a paragraph, a heading, a list item, a
 * caption, a line that is only a {@code <time>} element, or a line cut by {@code <br>}.
 *
 * @param owner     the nearest block element holding the text
 * @param text      the text, whitespace collapsed, never blank
 * @param linkChars how many of its characters are link text
 * @param kind      what the markup says it is
 */
record TextBlock(Element owner, String text, int linkChars, Kind kind) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, CAPTION, FIGURE, TIME_STAMP }

    double linkDensity() {
        return (double) linkChars / text.length();
    }

    int length() {
        return text.length();
    }
}

package org.storyline.core.story;

/**
 * Whether a piece of text leaves a quotation open: more curly opening marks than closing ones, or an odd
 * number of straight double marks. A sentence splitter cuts a quotation of several sentences ("“You can buy
 * fish. You cannot buy back a river,” she said.") at each full stop, leaving a first piece that opens a
 * quotation and a last one that closes it; a reader must see them as one.
 */
final class OpenQuotation {

    private OpenQuotation() {
    }

    static boolean leftOpen(CharSequence text) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                curly++;
            } else if (c == '\u201d') {
                curly--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }
}

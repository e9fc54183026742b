package org.storyline.core.story;

/**
 * How the quotation marks of a piece of text pair up. A sentence splitter cuts a quotation of several
 * sentences ("“You can buy fish. You cannot buy back a river,” she said.") at each full stop, leaving a
 * first piece that opens a quotation and a last one that closes it: the first leaves it open, and neither
 * reads alone.
 */
final class OpenQuotation {

    private OpenQuotation() {
    }

    /** Whether the text leaves a quotation open: more curly opening marks than closing ones, or an odd number of straight ones. */
    static boolean leftOpen(CharSequence text) {
        var marks = Marks.of(text);
        return marks.curly() > 0 || marks.straight() % 2 == 1;
    }

    /** Whether every quotation the text opens it closes and every one it closes it opens. */
    static boolean balanced(CharSequence text) {
        var marks = Marks.of(text);
        return marks.curly() == 0 && marks.straight() % 2 == 0;
    }

    /** Curly opening marks less closing ones, and straight double marks. */
    private record Marks(int curly, int straight) {

        static Marks of(CharSequence text) {
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
            return new Marks(curly, straight);
        }
    }
}

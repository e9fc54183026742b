package org.storyline.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a text, as the readers of this package count and compare them; patterns compiled once. */
final class Words {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private Words() {
    }

    /** How many whitespace-separated words the text has. */
    static int count(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : SPACE.split(t).length;
    }

    /** The whitespace-separated words. */
    static String[] of(String text) {
        return SPACE.split(text.strip());
    }

    /** The runs of letters, lower-cased: what stopword and cue-word lists are matched against. */
    static String[] letters(String text) {
        return NON_LETTERS.split(text.toLowerCase(Locale.ROOT));
    }

    /**
     * How many characters the text shows once each run of whitespace is one space (a leading run counts none), measured
     * as {@link BlockReader} measures a block: a no-break space is whitespace too.
     */
    static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
            n += blank && space ? 0 : 1;
            space = blank;
        }
        return n;
    }

    /** The text with each run of whitespace made one space. */
    static String squash(String text) {
        return SPACE.matcher(text).replaceAll(" ");
    }
}

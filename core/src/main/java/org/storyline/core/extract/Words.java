package org.storyline.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a text, as the readers of this package count and compare them; patterns compiled once. */
final class Words {

    /** The scripts of Chinese, Japanese and Korean, as a regex class's contents: they have no capitals. */
    static final String EAST_ASIAN = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
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

    /**
     * The text with each run of whitespace ({@code \s}: space, tab, line breaks, form feed) made one space. A loop, not
     * a regular expression: every block and line of every page is squashed, and most need no change at all.
     */
    static String squash(String text) {
        int i = 0;
        while (i < text.length() && !needsSquash(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        boolean inRun = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    /** Whether the whitespace at {@code i} is other than one plain space between two non-spaces. */
    private static boolean needsSquash(String text, int i) {
        char c = text.charAt(i);
        if (!isSpace(c)) {
            return false;
        }
        return c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}

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

    /** The text with each run of whitespace made one space. */
    static String squash(String text) {
        return SPACE.matcher(text).replaceAll(" ");
    }
}

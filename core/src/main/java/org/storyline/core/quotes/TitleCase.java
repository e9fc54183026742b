package org.storyline.core.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether quoted words are a title ("Good Morning America", "Fox & Friends", "Never Trump"): a few words,
 * each capitalised except short function words. Such quotations name a show, book or slogan rather than
 * render what someone said, when they stand inside a sentence.
 */
final class TitleCase {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern END_MARKS = Pattern.compile("[.,!?\u2019']+$");

    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on", "to",
            "at", "with", "by", "&", "de", "vs.");
    private static final int MAX_WORDS = 8;

    private TitleCase() {
    }

    /**
     * Whether a whole sentence is written as a headline ("Hillary Clinton Calls ISIS Violence Against
     * Yazidis ‘Genocide.’"): at least four words, each capitalised except short function words. In such
     * a sentence a capitalised quotation is no sign of a title.
     */
    static boolean isHeadline(String sentence) {
        int words = 0;
        for (String w : SPACES.split(sentence.strip())) {
            String core = EDGE_MARKS.matcher(w).replaceAll("");
            if (core.isEmpty() || SMALL.contains(core.toLowerCase(java.util.Locale.ROOT)) || Character.isDigit(core.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(core.charAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 4;
    }

    static boolean is(String quoted) {
        String[] words = SPACES.split(END_MARKS.matcher(quoted.strip()).replaceAll(""));
        if (words.length > MAX_WORDS) {
            return false;
        }
        boolean capital = false;
        for (String w : words) {
            if (w.isEmpty() || SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }
}

package org.storyline.core.quotes;

import java.util.Set;

/**
 * Whether quoted words are a title ("Good Morning America", "Fox & Friends", "Never Trump"): a few words,
 * each capitalised except short function words. Such quotations name a show, book or slogan rather than
 * render what someone said, when they stand inside a sentence.
 */
final class TitleCase {

    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on", "to",
            "at", "with", "by", "&", "de", "vs.");
    private static final int MAX_WORDS = 8;

    private TitleCase() {
    }

    static boolean is(String quoted) {
        String[] words = quoted.strip().replaceAll("[.,!?\u2019']+$", "").split("\\s+");
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

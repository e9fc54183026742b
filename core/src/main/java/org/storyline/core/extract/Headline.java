package org.storyline.core.extract;

import java.util.regex.Pattern;

/**
 * Whether a line reads like a headline: a short run of words that starts with a capital, a digit or a
 * quotation mark and does not end like a sentence or a teaser (a headline ends without a full stop, or
 * with a question or exclamation mark).
 */
final class Headline {

    private static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 200;
    private static final Pattern OPENING = Pattern.compile("^[\\p{Lu}\\p{N}'\"\u2018\u201c\u00ab\u201e]");
    private static final Pattern BAD_ENDING = Pattern.compile("(?:[.,;:\u2026]|\\.\\.\\.)$");

    private Headline() {
    }

    static boolean isHeadlineLike(String line) {
        if (line.length() < MIN_LENGTH || line.length() > MAX_LENGTH) {
            return false;
        }
        int words = line.split("\\s+").length;
        return words >= 3 && words <= 30 && OPENING.matcher(line).find() && !BAD_ENDING.matcher(line).find()
                && line.chars().anyMatch(Character::isLowerCase);
    }
}

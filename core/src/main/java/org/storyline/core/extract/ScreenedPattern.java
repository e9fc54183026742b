package org.storyline.core.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule's regular expression, tried only on text that holds one of the words it cannot match without
 * ({@link RequiredWords}): most lines hold none, and a look for a word costs far less than a matcher tried at every
 * position. A pattern whose words cannot be read is tried on every text.
 *
 * @param pattern the rule
 * @param needs the words it needs, when read
 */
record ScreenedPattern(Pattern pattern, Optional<RequiredWords> needs) {

    static ScreenedPattern of(String regex) {
        return new ScreenedPattern(Pattern.compile(regex), RequiredWords.of(regex));
    }

    /**
     * Whether the pattern occurs in {@code text}; {@code lower} is the text in lower case
     * ({@link java.util.Locale#ROOT}), read by the screen's words that ignore case.
     */
    boolean find(String text, String lower) {
        return mayMatch(text, lower) && pattern.matcher(text).find();
    }

    /** Whether the pattern matches at the start of {@code text}; {@code lower} as for {@link #find}. */
    boolean lookingAt(String text, String lower) {
        return mayMatch(text, lower) && pattern.matcher(text).lookingAt();
    }

    /**
     * Whether the pattern occurs in {@code text} between {@code from} and the end, the text before seen by look-behinds
     * and word boundaries; {@code lower} as for {@link #find}.
     */
    boolean findFrom(String text, String lower, int from) {
        return mayMatch(text, lower)
                && pattern.matcher(text).region(from, text.length()).useTransparentBounds(true).find();
    }

    boolean mayMatch(String text, String lower) {
        return needs.isEmpty() || needs.get().metBy(text, lower);
    }
}

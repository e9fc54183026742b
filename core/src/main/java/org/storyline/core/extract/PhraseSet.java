package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Whether a text holds any of many phrases, read in one pass: the two characters at each position name the few phrases
 * that may begin there. A furniture list of two hundred phrases asked of every line of every page, one search each,
 * cost a fiftieth of the extractor's time.
 */
final class PhraseSet {

    /** Phrases opening on two ASCII characters, by those characters. */
    private final String[][] byOpening = new String[128 * 128][];
    /** Phrases of one character, or opening on another: few, each searched for. */
    private final List<String> others = new ArrayList<>();

    PhraseSet(Collection<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.length() >= 2 && phrase.charAt(0) < 128 && phrase.charAt(1) < 128) {
                int key = phrase.charAt(0) * 128 + phrase.charAt(1);
                String[] found = byOpening[key];
                String[] grown = found == null ? new String[1] : Arrays.copyOf(found, found.length + 1);
                grown[grown.length - 1] = phrase;
                byOpening[key] = grown;
            } else {
                others.add(phrase);
            }
        }
    }

    /** Whether {@code text} holds one of the phrases, as {@link String#contains} would find it. */
    boolean foundIn(String text) {
        for (String phrase : others) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (first >= 128 || second >= 128) {
                continue;
            }
            String[] candidates = byOpening[first * 128 + second];
            if (candidates != null) {
                for (String phrase : candidates) {
                    if (text.startsWith(phrase, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

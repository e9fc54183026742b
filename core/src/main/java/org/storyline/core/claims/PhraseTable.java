package org.storyline.core.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases ("more than", "per cent") looked up in a run of lower-cased tokens, longest first.
 *
 * @param <V> what each phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found: how many tokens it covers and what it stands for. */
    record Match<V>(int length, V value) {
    }

    private final Map<List<String>, V> phrases = new HashMap<>();
    private int longest;

    PhraseTable(Map<String, V> byPhrase) {
        byPhrase.forEach((phrase, value) -> {
            List<String> words = Arrays.asList(phrase.split(" "));
            phrases.put(words, value);
            longest = Math.max(longest, words.size());
        });
    }

    /** The longest phrase that starts at {@code start}, or {@code null}. */
    Match<V> startingAt(List<String> words, int start) {
        for (int n = Math.min(longest, words.size() - start); n > 0; n--) {
            V value = phrases.get(words.subList(start, start + n));
            if (value != null) {
                return new Match<>(n, value);
            }
        }
        return null;
    }

    /** The longest phrase that ends just before {@code end}, or {@code null}. */
    Match<V> endingAt(List<String> words, int end) {
        for (int n = Math.min(longest, end); n > 0; n--) {
            V value = phrases.get(words.subList(end - n, end));
            if (value != null) {
                return new Match<>(n, value);
            }
        }
        return null;
    }
}

package org.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N recall as ROUGE-1.5.5 computes it with {@code -n 2 -m -l 100 -f A} and stopwords kept: peer and
 * references alike cut to their first {@code words} words (counted on whitespace, as ROUGE's {@code -l} does), every text
 * lower-cased with non-alphanumerics as separators and stemmed as ROUGE stems ({@link RougePorter}); the n-grams a
 * peer shares with a reference counted clipped (an n-gram counts at most as often as the reference has
 * it), divided by the reference's n-grams; the mean over the references. Not thread-safe.
 */
final class RougeN {

    static final int WORDS = 100;

    private final RougePorter porter;
    private final int words;

    RougeN(RougePorter porter) {
        this(porter, WORDS);
    }

    RougeN(RougePorter porter, int words) {
        this.porter = porter;
        this.words = words;
    }

    /** Recall of {@code peer}'s n-grams against each reference, averaged over the references. */
    double recall(String peer, List<String> references, int n) {
        Map<String, Integer> mine = grams(tokens(peer), n);
        double sum = 0;
        for (String reference : references) {
            Map<String, Integer> theirs = grams(tokens(reference), n);
            int total = theirs.values().stream().mapToInt(Integer::intValue).sum();
            int hit = 0;
            for (var e : theirs.entrySet()) {
                hit += Math.min(e.getValue(), mine.getOrDefault(e.getKey(), 0));
            }
            sum += total == 0 ? 0 : (double) hit / total;
        }
        return references.isEmpty() ? 0 : sum / references.size();
    }

    /** The first {@link #words} whitespace-separated words of {@code text}, tokenized and stemmed. */
    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String[] raw = text.strip().split("\\s+");
        for (int i = 0; i < Math.min(words, raw.length); i++) {
            for (String t : raw[i].toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!t.isEmpty()) {
                    out.add(porter.stem(t));
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }
}

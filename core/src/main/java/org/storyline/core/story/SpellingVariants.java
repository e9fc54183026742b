package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full names that are one person spelt two ways, as outlets transliterate and misspell them: "Lasse
 * Gustavsson" and "Lasse Gustafsson", "Farouq al-Sharaa" and "Farouk al-Sharaa", "Prak Sokhonn" and "Prak
 * Sokhon". Two names are variants when they have the same words but one, and that one differs by a single
 * letter (one added, dropped or changed) in words of at least {@value #MIN_LETTERS} letters. A first name
 * whose last letter is a vowel added or changed is another name ("Louis" and "Louise", "Carlo" and
 * "Carla"), not another spelling ("Farouq" and "Farouk"). Names are compared through their one-letter deletions, so the
 * work grows with the number of names, not with its square.
 */
final class SpellingVariants {

    private static final int MIN_LETTERS = 5;
    private static final String VOWELS = "aeiouy";

    private SpellingVariants() {
    }

    /**
     * Each name key that is a variant of a more often named one, with the key it joins (the most named of
     * its variants; on a tie the first in {@code counts}' order).
     *
     * @param counts name keys (lower-case words, as {@link StoryCast#key} makes them) with their mentions
     */
    static Map<String, String> of(Map<String, Long> counts) {
        var order = new HashMap<String, Integer>();
        counts.keySet().forEach(k -> order.put(k, order.size()));
        var byNeighbour = new HashMap<String, List<String>>();
        for (var key : counts.keySet()) {
            neighbours(key).forEach(n -> byNeighbour.computeIfAbsent(n, x -> new ArrayList<>()).add(key));
        }
        var union = new HashMap<String, String>();
        for (var group : byNeighbour.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (areVariants(group.get(i), group.get(j))) {
                        join(union, group.get(i), group.get(j));
                    }
                }
            }
        }
        Comparator<String> preferred = Comparator.comparingLong((String k) -> -counts.getOrDefault(k, 0L))
                .thenComparingInt(order::get);
        var members = new HashMap<String, List<String>>();
        union.keySet().forEach(k -> members.computeIfAbsent(root(union, k), r -> new ArrayList<>()).add(k));
        var out = new HashMap<String, String>();
        for (var group : members.values()) {
            var best = group.stream().min(preferred).orElseThrow();
            group.stream().filter(k -> !k.equals(best)).forEach(k -> out.put(k, best));
        }
        return out;
    }

    /** The name with one of its long words cut by one letter, each way: two variants share one of these. */
    private static List<String> neighbours(String key) {
        var words = key.split(" ");
        var out = new ArrayList<String>();
        if (words.length < 2) {
            return out;
        }
        for (int p = 0; p < words.length; p++) {
            if (words[p].length() < MIN_LETTERS - 1) {
                continue;
            }
            out.add(p + "|" + with(words, p, words[p]));
            for (int c = 0; c < words[p].length(); c++) {
                var cut = words[p].substring(0, c) + words[p].substring(c + 1);
                out.add(p + "|" + with(words, p, cut));
            }
        }
        return out;
    }

    private static String with(String[] words, int p, String word) {
        var copy = words.clone();
        copy[p] = word;
        return String.join(" ", copy);
    }

    static boolean areVariants(String a, String b) {
        var aw = a.split(" ");
        var bw = b.split(" ");
        if (aw.length != bw.length || aw.length < 2 || a.equals(b)) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < aw.length; i++) {
            if (!aw[i].equals(bw[i])) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        var x = aw[differing];
        var y = bw[differing];
        if (Math.min(x.length(), y.length()) < MIN_LETTERS || !oneLetterApart(x, y)) {
            return false;
        }
        boolean lastWord = differing == aw.length - 1;
        return lastWord || commonPrefix(x, y) < Math.min(x.length(), y.length()) - 1 || !endsOnVowels(x, y);
    }

    /** Whether the letters the two words end on include a vowel ("Louis"/"Louise", "Carlo"/"Carla"). */
    private static boolean endsOnVowels(String x, String y) {
        return VOWELS.indexOf(x.charAt(x.length() - 1)) >= 0 || VOWELS.indexOf(y.charAt(y.length() - 1)) >= 0;
    }

    /** One letter added, dropped or changed. */
    private static boolean oneLetterApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int p = commonPrefix(x, y);
        if (x.length() == y.length()) {
            return x.substring(p + 1).equals(y.substring(p + 1));
        }
        var longer = x.length() > y.length() ? x : y;
        var shorter = longer == x ? y : x;
        return longer.substring(p + 1).equals(shorter.substring(p));
    }

    private static int commonPrefix(String x, String y) {
        int p = 0;
        while (p < x.length() && p < y.length() && x.charAt(p) == y.charAt(p)) {
            p++;
        }
        return p;
    }

    private static void join(Map<String, String> union, String a, String b) {
        union.putIfAbsent(a, a);
        union.putIfAbsent(b, b);
        var ra = root(union, a);
        var rb = root(union, b);
        if (!ra.equals(rb)) {
            union.put(rb, ra);
        }
    }

    private static String root(Map<String, String> union, String k) {
        var r = k;
        while (!union.get(r).equals(r)) {
            r = union.get(r);
        }
        return r;
    }
}

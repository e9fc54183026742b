package org.storyline.core.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The distinct word shingles of a text as 64-bit hashes. Words are lower-cased letter and digit runs, so
 * punctuation, quote styles and spacing changes made by a republisher do not matter; shingles stay
 * inside a paragraph so that moving paragraphs around keeps them all.
 */
final class Shingles {

    private Shingles() {
    }

    static long[] of(List<String> paragraphs, int size) {
        long[] out = new long[64];
        int n = 0;
        for (String paragraph : paragraphs) {
            String[] words = words(paragraph);
            if (words.length == 0) {
                continue;
            }
            int count = Math.max(1, words.length - size + 1);
            for (int i = 0; i < count; i++) {
                long h = 0x9E3779B97F4A7C15L;
                for (int j = i; j < Math.min(words.length, i + size); j++) {
                    h = mix(h ^ words[j].hashCode()) + j - i;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
            }
        }
        long[] all = Arrays.copyOf(out, n);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static String[] words(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return lower.isEmpty() ? new String[0] : lower.split(" ");
    }

    /** A 64-bit finaliser (SplitMix64): spreads every input bit over the whole hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

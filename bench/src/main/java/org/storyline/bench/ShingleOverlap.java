package org.storyline.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main-text overlap between an extraction and the gold text: tokens are {@code \w+} matches (Unicode),
 * compared as multisets of 4-token shingles. A text of fewer than four tokens is one shingle.
 */
final class ShingleOverlap {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Precision and recall of one page. */
    record Score(double precision, double recall) {
    }

    private ShingleOverlap() {
    }

    static Score score(String extracted, String gold) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(gold);
        int gotCount = total(got);
        int wantCount = total(want);
        int common = 0;
        for (var e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double precision = gotCount == 0 ? (wantCount == 0 ? 1 : 0) : (double) common / gotCount;
        double recall = wantCount == 0 ? 1 : (double) common / wantCount;
        return new Score(precision, recall);
    }

    /** F1 of averaged precision and recall: the harmonic mean of the two averages over pages. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Score average(List<Score> scores) {
        double p = 0;
        double r = 0;
        for (Score s : scores) {
            p += s.precision();
            r += s.recall();
        }
        return scores.isEmpty() ? new Score(0, 0) : new Score(p / scores.size(), r / scores.size());
    }

    static Map<String, Integer> shingles(String text) {
        var tokens = new java.util.ArrayList<String>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int n = Math.min(N, tokens.size());
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}

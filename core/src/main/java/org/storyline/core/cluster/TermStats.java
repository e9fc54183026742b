package org.storyline.core.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies learnt from the stream itself, so that a name every article carries ("Reuters",
 * "police") weighs little and a rare one weighs much, with no corpus needed in advance.
 * {@code idf = ln((N+1)/(df+1)) + 1}, with the logarithms of small counts kept in a table because it
 * is evaluated for every term of every candidate.
 */
final class TermStats {

    private final Map<String, int[]> df = new HashMap<>();
    private final StoryMemory memory;
    private int documents;
    private double logDocuments;
    private double[] logs = new double[1024];

    TermStats() {
        this(StoryMemory.NONE);
    }

    /** Statistics that start from the memory's counts; a term's count is asked for once, when first met. */
    TermStats(StoryMemory memory) {
        this.memory = memory;
        this.documents = memory.articles();
        this.logDocuments = Math.log(documents + 1.0);
        for (int i = 1; i < logs.length; i++) {
            logs[i] = Math.log(i);
        }
    }

    void add(Collection<String> terms) {
        documents++;
        logDocuments = Math.log(documents + 1.0);
        for (String t : terms) {
            df.computeIfAbsent(t, this::kept)[0]++;
        }
    }

    int documents() {
        return documents;
    }

    double idf(String term) {
        int[] n = df.get(term);
        if (n == null && memory != StoryMemory.NONE) {
            n = kept(term);
            df.put(term, n);
        }
        return logDocuments - log((n == null ? 0 : n[0]) + 1) + 1.0;
    }

    private int[] kept(String term) {
        return new int[] {memory.articlesWith(term)};
    }

    /** Dot product of two raw term-weight maps, each weight multiplied by the term's idf first. */
    double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                double idf = idf(e.getKey());
                dot += e.getValue() * other * idf * idf;
            }
        }
        return dot;
    }

    /** Length of a raw term-weight map once each weight is multiplied by its term's idf. */
    double norm(Map<String, Double> v) {
        double sum = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    static double cosine(double dot, double normA, double normB) {
        return dot == 0 || normA == 0 || normB == 0 ? 0 : dot / (normA * normB);
    }

    private double log(int n) {
        if (n >= logs.length) {
            int old = logs.length;
            logs = Arrays.copyOf(logs, Math.max(n + 1, old * 2));
            for (int i = old; i < logs.length; i++) {
                logs[i] = Math.log(i);
            }
        }
        return logs[n];
    }
}

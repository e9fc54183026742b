package org.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline story clustering: each document's TF-IDF vector (idf over the whole collection, which
 * flatters the baseline) against the centroid of every story so far; join the most similar story when
 * the cosine reaches one threshold, else start a story. Single pass, every story compared.
 */
final class TfIdfBaseline {

    private record Doc(int[] terms, float[] weights) {
    }

    private final Map<String, Doc> docs = new HashMap<>();
    private final int vocabulary;

    TfIdfBaseline(Map<String, Map<String, Integer>> counts) {
        Map<String, Integer> df = new HashMap<>();
        counts.values().forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        Map<String, Integer> ids = new HashMap<>();
        df.keySet().forEach(t -> ids.put(t, ids.size()));
        vocabulary = ids.size();
        int n = counts.size();
        counts.forEach((id, c) -> {
            int[] terms = new int[c.size()];
            float[] weights = new float[c.size()];
            int i = 0;
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                terms[i] = ids.get(e.getKey());
                double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
                weights[i++] = (float) w;
                norm += w * w;
            }
            for (int j = 0; j < weights.length && norm > 0; j++) {
                weights[j] /= (float) Math.sqrt(norm);
            }
            docs.put(id, new Doc(terms, weights));
        });
    }

    /** Story of each document, fed in {@code order}. */
    Map<String, String> cluster(List<String> order, double threshold) {
        List<float[]> centroids = new ArrayList<>();
        List<Double> squaredNorms = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (String id : order) {
            Doc d = docs.get(id);
            int best = -1;
            double bestCos = -1;
            for (int s = 0; s < centroids.size(); s++) {
                float[] c = centroids.get(s);
                double dot = 0;
                for (int i = 0; i < d.terms().length; i++) {
                    dot += c[d.terms()[i]] * d.weights()[i];
                }
                double cos = squaredNorms.get(s) == 0 ? 0 : dot / Math.sqrt(squaredNorms.get(s));
                if (cos > bestCos) {
                    bestCos = cos;
                    best = s;
                }
            }
            if (best < 0 || bestCos < threshold) {
                centroids.add(new float[vocabulary]);
                squaredNorms.add(0.0);
                best = centroids.size() - 1;
            }
            float[] c = centroids.get(best);
            double norm = squaredNorms.get(best);
            for (int i = 0; i < d.terms().length; i++) {
                float old = c[d.terms()[i]];
                c[d.terms()[i]] = old + d.weights()[i];
                norm += (double) c[d.terms()[i]] * c[d.terms()[i]] - (double) old * old;
            }
            squaredNorms.set(best, norm);
            storyOf.put(id, "b" + best);
        }
        return storyOf;
    }
}

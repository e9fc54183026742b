package org.storyline.core.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency of each term over a story's own sentences. Words every outlet repeats
 * ("Ukraine" in a story about Ukraine) weigh little; the names, numbers and dates that single out one
 * statement weigh most. Similarity is the cosine of idf-weighted binary term vectors.
 */
final class TermWeights {

    private final Map<String, Double> idf = new HashMap<>();
    private final double unseen;

    TermWeights(List<Passage> passages) {
        var df = new HashMap<String, Integer>();
        passages.forEach(p -> p.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        double n = Math.max(1, passages.size());
        df.forEach((t, f) -> idf.put(t, Math.log(1 + n / f)));
        unseen = Math.log(1 + n);
    }

    double weight(String term) {
        return idf.getOrDefault(term, unseen);
    }

    double norm(Set<String> terms) {
        double sum = 0;
        for (var t : terms) {
            double w = weight(t);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        double dot = 0;
        for (var t : small) {
            if (large.contains(t)) {
                double w = weight(t);
                dot += w * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    /** Similarity of a term set to a weighted bag (a story centroid), both idf-weighted. */
    double similarity(Collection<String> terms, Map<String, Double> centroid, double centroidNorm) {
        if (terms.isEmpty() || centroidNorm == 0) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (var t : terms) {
            double w = weight(t);
            norm += w * w;
            dot += w * centroid.getOrDefault(t, 0.0);
        }
        return dot == 0 ? 0 : dot / (Math.sqrt(norm) * centroidNorm);
    }
}

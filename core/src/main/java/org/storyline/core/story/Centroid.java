package org.storyline.core.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The centre of a story's coverage: how often each term occurs across the independent reports, idf
 * weighted. A sentence or headline close to it speaks of what the whole coverage speaks of.
 */
final class Centroid {

    private final TermWeights weights;
    private final Map<String, Double> bag = new HashMap<>();
    private final double norm;

    Centroid(List<Passage> passages, TermWeights weights) {
        this.weights = weights;
        for (var p : passages) {
            for (var t : p.terms()) {
                bag.merge(t, weights.weight(t), Double::sum);
            }
        }
        norm = Math.sqrt(bag.values().stream().mapToDouble(v -> v * v).sum());
    }

    double closeness(Collection<String> terms) {
        return weights.similarity(terms, bag, norm);
    }
}

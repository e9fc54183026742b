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

    /**
     * How close one report's sentences, taken together, are to the rest of the coverage: the centre is taken
     * without the report's own terms, so a long report is not close merely for making up much of it. 0 for
     * the only report.
     */
    double closenessOfReport(List<Passage> report) {
        Map<String, Double> own = new HashMap<>();
        for (var p : report) {
            for (var t : p.terms()) {
                own.merge(t, weights.weight(t), Double::sum);
            }
        }
        double dot = 0;
        double ownNorm = 0;
        double restNorm = norm * norm;
        for (var e : own.entrySet()) {
            double whole = bag.getOrDefault(e.getKey(), 0.0);
            double rest = Math.max(0, whole - e.getValue());
            restNorm += rest * rest - whole * whole;
            dot += e.getValue() * rest;
            ownNorm += e.getValue() * e.getValue();
        }
        return dot <= 0 || restNorm <= 0 ? 0 : dot / Math.sqrt(ownNorm * restNorm);
    }
}

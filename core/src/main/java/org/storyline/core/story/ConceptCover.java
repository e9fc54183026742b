package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses sentences that together cover the most concept weight within a word budget: greedily, each time
 * the sentence whose concepts not yet covered weigh the most per word, until the budget is spent (the last
 * sentence may run over it). A concept counts once however many chosen sentences carry it, which is what
 * keeps the summary from repeating itself; as a further guard, a sentence too like one already chosen
 * (or aligned with it, reporting the same thing) is never taken. The first choice decides much of the
 * rest, so the greedy runs from each of the {@value #OPENERS} best first sentences, and the summary kept is
 * the one whose first {@code budget} words, in reading order ({@link SummaryOrder}), cover the most weight.
 */
final class ConceptCover {

    /** Similarity of terms above which two sentences say the same thing. */
    static final double REDUNDANT = 0.5;

    /** How many first sentences the greedy is run from. */
    static final int OPENERS = 3;

    private final SummaryConcepts concepts;
    private final TermWeights weights;

    ConceptCover(SummaryConcepts concepts, TermWeights weights) {
        this.concepts = concepts;
        this.weights = weights;
    }

    /**
     * @param pool    the sentences the summary may use
     * @param groupOf an id of each passage's aligned group, by passage index: one sentence per group
     * @param budget  about how many words
     * @param most    the most sentences
     */
    List<Passage> choose(List<Passage> pool, Map<Integer, ?> groupOf, int budget, int most) {
        var conceptsOf = new HashMap<Passage, Set<String>>();
        pool.forEach(p -> conceptsOf.put(p, concepts.of(p)));
        var openers = pool.stream()
                .sorted(Comparator.comparingDouble((Passage p) -> -gain(conceptsOf.get(p), Set.of()) / p.words()))
                .limit(OPENERS).toList();
        List<Passage> best = List.of();
        double bestWeight = -1;
        for (var opener : openers) {
            var chosen = greedy(opener, pool, groupOf, budget, most, conceptsOf);
            double weight = covered(SummaryOrder.ordered(chosen), conceptsOf, budget);
            if (weight > bestWeight) {
                bestWeight = weight;
                best = chosen;
            }
        }
        return best;
    }

    private List<Passage> greedy(Passage opener, List<Passage> pool, Map<Integer, ?> groupOf, int budget, int most,
                                 Map<Passage, Set<String>> conceptsOf) {
        var covered = new HashSet<String>();
        var chosen = new ArrayList<Passage>();
        var groups = new HashSet<Object>();
        int words = 0;
        Passage next = opener;
        while (next != null) {
            chosen.add(next);
            groups.add(groupOf.get(next.index()));
            covered.addAll(conceptsOf.get(next));
            words += next.words();
            next = null;
            if (words >= budget || chosen.size() >= most) {
                break;
            }
            double bestGain = 0;
            for (var p : pool) {
                if (chosen.contains(p) || groups.contains(groupOf.get(p.index())) || redundant(p, chosen)) {
                    continue;
                }
                double gain = gain(conceptsOf.get(p), covered) / p.words();
                if (gain > bestGain) {
                    bestGain = gain;
                    next = p;
                }
            }
        }
        return chosen;
    }

    private double gain(Set<String> sentenceConcepts, Set<String> covered) {
        double gain = 0;
        for (var c : sentenceConcepts) {
            if (!covered.contains(c)) {
                gain += concepts.weight(c);
            }
        }
        return gain;
    }

    /** The concept weight the first {@code budget} words of these sentences, in this order, cover. */
    private double covered(List<Passage> ordered, Map<Passage, Set<String>> conceptsOf, int budget) {
        var covered = new HashSet<String>();
        int words = 0;
        for (var p : ordered) {
            int left = budget - words;
            if (left <= 0) {
                break;
            }
            covered.addAll(left >= p.words() ? conceptsOf.get(p) : concepts.of(p.firstWords(left)));
            words += p.words();
        }
        return covered.stream().mapToDouble(concepts::weight).sum();
    }

    private boolean redundant(Passage p, List<Passage> chosen) {
        return chosen.stream().anyMatch(c -> weights.similarity(c.terms(), p.terms()) > REDUNDANT);
    }
}

package org.storyline.core.story;

import java.util.ArrayList;
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
 * (or aligned with it, reporting the same thing) is never taken.
 */
final class ConceptCover {

    /** Similarity of terms above which two sentences say the same thing. */
    static final double REDUNDANT = 0.5;

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
        var covered = new HashSet<String>();
        var chosen = new ArrayList<Passage>();
        var groups = new HashSet<Object>();
        int words = 0;
        while (words < budget && chosen.size() < most) {
            Passage best = null;
            double bestGain = 0;
            for (var p : pool) {
                if (chosen.contains(p) || groups.contains(groupOf.get(p.index())) || redundant(p, chosen)) {
                    continue;
                }
                double gain = 0;
                for (var c : conceptsOf.get(p)) {
                    if (!covered.contains(c)) {
                        gain += concepts.weight(c);
                    }
                }
                gain /= p.words();
                if (gain > bestGain) {
                    bestGain = gain;
                    best = p;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            groups.add(groupOf.get(best.index()));
            covered.addAll(conceptsOf.get(best));
            words += best.words();
        }
        return chosen;
    }

    private boolean redundant(Passage p, List<Passage> chosen) {
        return chosen.stream().anyMatch(c -> weights.similarity(c.terms(), p.terms()) > REDUNDANT);
    }
}

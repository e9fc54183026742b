package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
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
        // by identity: a passage's record hash would hash its whole article
        var conceptsOf = new IdentityHashMap<Passage, Set<String>>();
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

    /**
     * The greedy from a given first sentence. Lazy (Minoux's accelerated greedy): a sentence's gain per word
     * only falls as concepts are covered, so its last computed gain bounds its present one, and only the
     * sentence on top of the queue is computed again.
     */
    private List<Passage> greedy(Passage opener, List<Passage> pool, Map<Integer, ?> groupOf, int budget, int most,
                                 Map<Passage, Set<String>> conceptsOf) {
        var covered = new HashSet<String>();
        var chosen = new ArrayList<Passage>();
        var blocked = Collections.newSetFromMap(new IdentityHashMap<Passage, Boolean>());
        var queue = new PriorityQueue<Bound>(Comparator.comparingDouble((Bound b) -> -b.gain)
                .thenComparingInt(b -> b.passage.index()));
        pool.forEach(p -> queue.add(new Bound(p, Double.MAX_VALUE)));
        int words = 0;
        Passage next = opener;
        while (next != null) {
            chosen.add(next);
            covered.addAll(conceptsOf.get(next));
            words += next.words();
            var taken = next;
            for (var p : pool) {
                if (p == taken || Objects.equals(groupOf.get(p.index()), groupOf.get(taken.index()))
                        || weights.similarity(taken.terms(), p.terms()) > REDUNDANT) {
                    blocked.add(p);
                }
            }
            next = null;
            if (words >= budget || chosen.size() >= most) {
                break;
            }
            while (!queue.isEmpty()) {
                var top = queue.poll();
                if (blocked.contains(top.passage)) {
                    continue;
                }
                double gain = gain(conceptsOf.get(top.passage), covered) / top.passage.words();
                if (gain <= 0) {
                    continue;
                }
                if (queue.isEmpty() || gain >= queue.peek().gain) {
                    next = top.passage;
                    break;
                }
                queue.add(new Bound(top.passage, gain));
            }
        }
        return chosen;
    }

    /** A sentence and the most its gain per word can be. */
    private record Bound(Passage passage, double gain) {
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

}

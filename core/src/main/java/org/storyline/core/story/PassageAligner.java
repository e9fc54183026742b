package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Claim;

/**
 * Finds the sentences of different independent reports that say the same thing. Two sentences align
 * when they are each other's best match between their two articles and similar enough, or very
 * similar whatever else matches; claims of the same measure and value align their sentences outright.
 * Claims of the same measure with different values, and close sentences where only one side negates,
 * never align: they are recorded as disagreements instead. Aligned sentences are grouped transitively;
 * because each sentence keeps at most one best match per other article, groups stay small.
 */
final class PassageAligner {

    /** Two sentences reporting different values for the same measure. */
    record ValueClash(Passage left, Claim leftClaim, Passage right, Claim rightClaim) {
    }

    /** Two close sentences of which exactly one negates. */
    record Contradiction(Passage left, Passage right) {
    }

    record Alignment(List<List<Passage>> groups, List<ValueClash> clashes, List<Contradiction> contradictions) {
    }

    private final TermWeights weights;
    private final ClaimMatcher claims;
    private final StorySettings settings;
    private final Map<Object, Integer> articles = new java.util.IdentityHashMap<>();

    PassageAligner(TermWeights weights, ClaimMatcher claims, StorySettings settings) {
        this.weights = weights;
        this.claims = claims;
        this.settings = settings;
    }

    Alignment align(List<Passage> passages) {
        articles.clear();
        passages.forEach(p -> articles.putIfAbsent(p.source(), articles.size()));
        var similar = similarities(passages);
        var best = new HashMap<Long, Integer>();
        var bestScore = new HashMap<Long, Double>();
        similar.forEach((pair, sim) -> {
            var p = passages.get(first(pair));
            var q = passages.get(second(pair));
            offer(best, bestScore, p, q, sim);
            offer(best, bestScore, q, p, sim);
        });
        var groups = new UnionFind(passages.size());
        var clashes = new ArrayList<ValueClash>();
        var contradictions = new ArrayList<Contradiction>();
        var blocked = new java.util.HashSet<Long>();
        var withClaims = passages.stream().filter(p -> !p.claims().isEmpty()).toList();
        for (int x = 0; x < withClaims.size(); x++) {
            for (int y = x + 1; y < withClaims.size(); y++) {
                var p = withClaims.get(x);
                var q = withClaims.get(y);
                int i = p.index();
                int j = q.index();
                if (p.source() == q.source()) {
                    continue;
                }
                for (var a : p.claims()) {
                    for (var b : q.claims()) {
                        if (claims.sameMeasure(a, b) && claims.sameValue(a, b)) {
                            groups.union(i, j);
                        } else if (claims.sameNamedMeasure(a, b) && !claims.sameValue(a, b)) {
                            clashes.add(new ValueClash(p, a, q, b));
                            blocked.add(pair(i, j));
                        }
                    }
                }
            }
        }
        similar.forEach((pair, sim) -> {
            var p = passages.get(first(pair));
            var q = passages.get(second(pair));
            boolean mutual = best.get(key(p, q)) == q.index() && best.get(key(q, p)) == p.index();
            if (blocked.contains(pair) || !(sim >= settings.strongThreshold() || (mutual && sim >= settings.alignThreshold()))) {
                return;
            }
            if (sim >= settings.contradiction() && p.negated() != q.negated()) {
                contradictions.add(new Contradiction(p, q));
            } else {
                groups.union(p.index(), q.index());
            }
        });
        return new Alignment(groups.groups(passages), clashes, contradictions);
    }

    /** Similarity of every pair of sentences from different articles that share a term. */
    private Map<Long, Double> similarities(List<Passage> passages) {
        var postings = new HashMap<String, List<Integer>>();
        for (var p : passages) {
            p.terms().forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(p.index()));
        }
        var dots = new HashMap<Long, Double>();
        postings.forEach((term, list) -> {
            double w = weights.weight(term);
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    if (passages.get(list.get(x)).source() != passages.get(list.get(y)).source()) {
                        dots.merge(pair(list.get(x), list.get(y)), w * w, Double::sum);
                    }
                }
            }
        });
        var norms = passages.stream().mapToDouble(p -> weights.norm(p.terms())).toArray();
        dots.replaceAll((pair, dot) -> dot / (norms[first(pair)] * norms[second(pair)]));
        return dots;
    }

    private void offer(Map<Long, Integer> best, Map<Long, Double> score, Passage from, Passage to, double sim) {
        long k = key(from, to);
        if (sim > score.getOrDefault(k, -1.0)) {
            score.put(k, sim);
            best.put(k, to.index());
        }
    }

    /** The slot of "best match of {@code from} in the article of {@code to}". */
    private long key(Passage from, Passage to) {
        return ((long) from.index() << 32) | articles.get(to.source());
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
    }
}

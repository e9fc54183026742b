package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.storyline.core.model.Claim;

/**
 * Finds the sentences of different independent reports that say the same thing. Between two articles,
 * sentence pairs are matched one to one, most similar first, down to a threshold (a greedy alignment:
 * a sentence already matched in the other article gives way); very similar pairs match whatever else
 * does. A pair that shares an anchor (the same person, date or number) and several words besides needs
 * less similarity: one clause of a long sentence ("Russia, which invaded Ukraine in February 2022") can
 * carry the same fact as another outlet's long sentence while the rest of both differ. Claims of the same measure and value align their sentences outright.
 * Claims of the same measure with different values, and close sentences where only one side negates,
 * never align: they are recorded as disagreements instead. Aligned sentences are grouped transitively;
 * because each sentence keeps at most one match per other article, groups stay small.
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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

    private final TermWeights weights;
    private final ClaimMatcher claims;
    private final StorySettings settings;
    private final Map<Object, Integer> articles = new java.util.IdentityHashMap<>();

    PassageAligner(TermWeights weights, ClaimMatcher claims, StorySettings settings) {
        this.weights = weights;
        this.claims = claims;
        this.settings = settings;
    }

    /**
     * Whether two close sentences, exactly one of which negates, say opposite things: the word the negation
     * bears on (the first content word after it) is in the other sentence ("the driver was not drunk" / "the
     * driver was drunk"), and the two share a person when both name one. "It's the other way around" and
     * "it has not worked out that way" share words, but not the one denied.
     */
    private static boolean contradicts(Passage p, Passage q) {
        if (!p.people().isEmpty() && !q.people().isEmpty() && Collections.disjoint(p.people(), q.people())) {
            return false;
        }
        var negated = p.negated() ? p : q;
        var plain = negated == p ? q : p;
        var words = WORD.matcher(negated.text().toLowerCase(Locale.ROOT)).results()
                .map(MatchResult::group).toList();
        for (int i = 0; i < words.size(); i++) {
            if (WordList.isNegation(words.get(i))) {
                for (int j = i + 1; j < words.size(); j++) {
                    var w = words.get(j);
                    if (!WordList.STOPWORDS.contains(w) && !WordList.isNegation(w)) {
                        if (plain.terms().contains(LightStemmer.stem(w))) {
                            return true;
                        }
                        break;
                    }
                }
            }
        }
        return false;
    }

    Alignment align(List<Passage> passages) {
        articles.clear();
        passages.forEach(p -> articles.putIfAbsent(p.source(), articles.size()));
        var similar = similarities(passages);
        var groups = new UnionFind(passages.size(), i -> articles.get(passages.get(i).source()));
        var clashes = new ArrayList<ValueClash>();
        var contradictions = new ArrayList<Contradiction>();
        var blocked = new java.util.HashSet<Long>();
        var claimEdges = new ArrayList<Map.Entry<Long, Double>>();
        var withClaims = passages.stream().filter(p -> !p.claims().isEmpty()).toList();
        for (int x = 0; x < withClaims.size(); x++) {
            for (int y = x + 1; y < withClaims.size(); y++) {
                var p = withClaims.get(x);
                var q = withClaims.get(y);
                if (p.source() != q.source()) {
                    compareClaims(p, q, similar.getOrDefault(pair(p.index(), q.index()), 0.0), claimEdges, clashes, blocked);
                }
            }
        }
        blocked.forEach(b -> groups.keepApart(first(b), second(b)));
        claimEdges.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
        claimEdges.forEach(e -> groups.unionIfDisjoint(first(e.getKey()), second(e.getKey())));
        var ranked = similar.entrySet().stream()
                .filter(e -> !blocked.contains(e.getKey()) && (e.getValue() >= settings.alignThreshold()
                        || (e.getValue() >= settings.anchoredThreshold()
                                && anchored(passages.get(first(e.getKey())), passages.get(second(e.getKey()))))))
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .toList();
        var matched = new java.util.HashSet<Long>();
        for (var e : ranked) {
            var p = passages.get(first(e.getKey()));
            var q = passages.get(second(e.getKey()));
            long pq = key(p, q);
            long qp = key(q, p);
            if (e.getValue() < settings.strongThreshold() && (matched.contains(pq) || matched.contains(qp))) {
                continue;
            }
            matched.add(pq);
            matched.add(qp);
            if (e.getValue() >= settings.contradiction() && p.negated() != q.negated()) {
                if (contradicts(p, q)) {
                    contradictions.add(new Contradiction(p, q));
                }
            } else {
                groups.unionIfDisjoint(p.index(), q.index());
            }
        }
        return new Alignment(groups.groups(passages), clashes, contradictions);
    }

    /**
     * Claims of two sentences: the same measure with the same value links the sentences; with a
     * different value, it is a clash. The same measure is either what the claims name (subject and
     * measured thing), or — since those are often incomplete — the same unit and direction in sentences
     * that are close anyway; then a clash also needs that no other claim of the pair agrees on the value.
     */
    private void compareClaims(Passage p, Passage q, double sim, List<Map.Entry<Long, Double>> edges,
                               List<ValueClash> clashes, java.util.Set<Long> blocked) {
        boolean close = sim >= settings.alignThreshold();
        for (var a : p.claims()) {
            for (var b : q.claims()) {
                boolean sameKind = close && claims.sameKind(a, b);
                if ((claims.sameMeasure(a, b) || sameKind) && claims.sameValue(a, b)) {
                    edges.add(Map.entry(pair(p.index(), q.index()), sim + 1));
                } else if (!claims.sameValue(a, b) && !vague(p, a) && !vague(q, b) && (claims.sameNamedMeasure(a, b)
                        || (sameKind && !agreesWithAny(a, q) && !agreesWithAny(b, p)))) {
                    clashes.add(new ValueClash(p, a, q, b));
                    blocked.add(pair(p.index(), q.index()));
                }
            }
        }
    }

    /**
     * A hedged value written without digits ("tens of thousands", "several billion") is an order of
     * magnitude, not a figure: it never conflicts with a precise one.
     */
    private static boolean vague(Passage p, org.storyline.core.model.Claim c) {
        var text = p.source().annotated().text();
        if (!c.approximate() || c.span() == null || c.span().end() > text.length()) {
            return false;
        }
        return c.span().of(text).chars().noneMatch(Character::isDigit);
    }

    private boolean agreesWithAny(org.storyline.core.model.Claim c, Passage other) {
        return other.claims().stream().anyMatch(d -> claims.sameKind(c, d) && claims.sameValue(c, d));
    }

    /** Whether two sentences share a person, a date or a number, and enough terms besides. */
    private boolean anchored(Passage p, Passage q) {
        int shared = 0;
        boolean anchor = false;
        for (var t : p.terms()) {
            if (q.terms().contains(t)) {
                shared++;
                anchor |= t.startsWith("@") || t.startsWith("#") || t.startsWith("date:");
            }
        }
        return anchor && shared >= settings.anchoredTerms();
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

    /** The slot of "the match of {@code from} in the article of {@code to}". */
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

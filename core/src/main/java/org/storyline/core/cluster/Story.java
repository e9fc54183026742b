package org.storyline.core.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running state of one story: its members, the sum of their embeddings (the centroid's direction),
 * its entity and keyword counts and its time span. A faded or merged story keeps only its members.
 */
final class Story {

    final String id;
    final long sequence;
    final List<String> articles = new ArrayList<>();
    final Set<String> outlets = new LinkedHashSet<>();
    double[] sum;
    double sumNorm;
    Map<String, Double> entities = new HashMap<>();
    Map<String, Double> keywords = new HashMap<>();
    Instant first;
    Instant last;
    boolean active = true;
    long grewAt;
    private double entityNorm;
    private double keywordNorm;
    private int normsAt = -1;
    int[] hashKeys;
    final Set<String> posted = new LinkedHashSet<>();
    private final Map<Integer, Integer> eras = new HashMap<>();
    Map<String, Integer> days = new HashMap<>();
    private final int[] weekdays = new int[8];

    Story(String id, long sequence, int dimension) {
        this.id = id;
        this.sequence = sequence;
        this.sum = new double[dimension];
    }

    void add(ReportedArticle article, int maxTerms, TermStats stats) {
        articles.add(article.profile().id());
        if (article.profile().outlet() != null) {
            outlets.add(article.profile().outlet());
        }
        double[] v = article.unit();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i];
        }
        sumNorm = norm(sum);
        boolean fresh = normsAt >= 0;
        double entitySquares = entityNorm * entityNorm + grow(entities, article.entities(), stats);
        double keywordSquares = keywordNorm * keywordNorm + grow(keywords, article.keywords(), stats);
        if (prune(maxTerms) || !fresh) {
            normsAt = -1;
        } else {
            entityNorm = Math.sqrt(Math.max(0, entitySquares));
            keywordNorm = Math.sqrt(Math.max(0, keywordSquares));
        }
        widen(article.profile().time(), article.profile().time());
        article.days().forEach(d -> days.merge(d, 1, Integer::sum));
        article.weekdays().forEach(d -> weekdays[d]++);
        if (article.era() > 0) {
            eras.merge(article.era(), 1, Integer::sum);
        }
    }

    void absorb(Story other, int maxTerms) {
        articles.addAll(other.articles);
        outlets.addAll(other.outlets);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.sum[i];
        }
        sumNorm = norm(sum);
        other.entities.forEach((t, w) -> entities.merge(t, w, Double::sum));
        other.keywords.forEach((t, w) -> keywords.merge(t, w, Double::sum));
        prune(maxTerms);
        normsAt = -1;
        widen(other.first, other.last);
        other.eras.forEach((year, n) -> eras.merge(year, n, Integer::sum));
        other.days.forEach((day, n) -> days.merge(day, n, Integer::sum));
        for (int d = 1; d < weekdays.length; d++) {
            weekdays[d] += other.weekdays[d];
        }
    }

    /** The year most of its articles were published in or talk about (the earliest on a tie); 0 when none says. */
    int era() {
        int best = 0;
        int votes = 0;
        for (Map.Entry<Integer, Integer> e : eras.entrySet()) {
            if (e.getValue() > votes || e.getValue() == votes && e.getKey() < best) {
                best = e.getKey();
                votes = e.getValue();
            }
        }
        return best;
    }

    /** The weekday its articles name most often (1 Monday to 7 Sunday, the earliest on a tie); 0 when none does. */
    int weekday() {
        int best = 0;
        for (int d = 1; d < weekdays.length; d++) {
            if (weekdays[d] > weekdays[best]) {
                best = d;
            }
        }
        return best;
    }

    /** Whether an article published at {@code time} is close enough in time to belong here. */
    boolean spans(Instant time, java.time.Duration window) {
        return time == null || first == null
                || (!time.isBefore(first.minus(window)) && !time.isAfter(last.plus(window)));
    }

    double cosine(double[] unit) {
        if (sumNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < sum.length; i++) {
            dot += sum[i] * unit[i];
        }
        return dot / sumNorm;
    }

    double cosine(Story other) {
        return sumNorm == 0 || other.sumNorm == 0 ? 0 : dot(sum, other.sum) / (sumNorm * other.sumNorm);
    }

    /**
     * The idf-weighted lengths of the entity and keyword vectors. Kept up to date as articles join (with
     * the idf of the moment) and recomputed in full after a merge or a pruning, or once the stream has
     * grown by a tenth since the last full count: idf drifts slowly, and recomputing for every candidate
     * of every article would cost as much as all the rest of the assignment.
     */
    double entityNorm(TermStats stats) {
        refreshNorms(stats);
        return entityNorm;
    }

    double keywordNorm(TermStats stats) {
        refreshNorms(stats);
        return keywordNorm;
    }

    private void refreshNorms(TermStats stats) {
        if (normsAt < 0 || stats.documents() > normsAt * 1.1 + 1) {
            entityNorm = stats.norm(entities);
            keywordNorm = stats.norm(keywords);
            normsAt = stats.documents();
        }
    }

    /** Drops the running state once the story can take no more articles. */
    void close() {
        active = false;
        sum = null;
        entities = Map.of();
        keywords = Map.of();
        days = Map.of();
        hashKeys = null;
        posted.clear();
    }

    private void widen(Instant from, Instant to) {
        if (from != null && (first == null || from.isBefore(first))) {
            first = from;
        }
        if (to != null && (last == null || to.isAfter(last))) {
            last = to;
        }
    }

    /** Adds {@code add} into {@code terms}; returns how much the idf-weighted squared length grew. */
    private static double grow(Map<String, Double> terms, Map<String, Double> add, TermStats stats) {
        double growth = 0;
        for (Map.Entry<String, Double> e : add.entrySet()) {
            double old = terms.getOrDefault(e.getKey(), 0.0);
            double now = old + e.getValue();
            terms.put(e.getKey(), now);
            double idf = stats.idf(e.getKey());
            growth += (now * now - old * old) * idf * idf;
        }
        return growth;
    }

    private boolean prune(int maxTerms) {
        Map<String, Double> e = pruned(entities, maxTerms);
        Map<String, Double> k = pruned(keywords, maxTerms);
        boolean changed = e != entities || k != keywords;
        entities = e;
        keywords = k;
        return changed;
    }

    /** Keeps the heaviest terms once a map is twice the cap, so pruning costs little per article. */
    private static Map<String, Double> pruned(Map<String, Double> terms, int maxTerms) {
        if (terms.size() <= 2 * maxTerms) {
            return terms;
        }
        Map<String, Double> kept = new HashMap<>();
        terms.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(maxTerms)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    static double dot(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}

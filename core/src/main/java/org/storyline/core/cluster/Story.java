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
    private double entityNorm;
    private double keywordNorm;
    private int normsAt = -1;
    int[] hashKeys;
    final Set<String> posted = new LinkedHashSet<>();

    Story(String id, long sequence, int dimension) {
        this.id = id;
        this.sequence = sequence;
        this.sum = new double[dimension];
    }

    void add(ReportedArticle article, int maxTerms) {
        articles.add(article.profile().id());
        if (article.profile().outlet() != null) {
            outlets.add(article.profile().outlet());
        }
        double[] v = article.unit();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i];
        }
        sumNorm = norm(sum);
        article.entities().forEach((t, w) -> entities.merge(t, w, Double::sum));
        article.keywords().forEach((t, w) -> keywords.merge(t, w, Double::sum));
        prune(maxTerms);
        normsAt = -1;
        widen(article.profile().time(), article.profile().time());
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
     * The idf-weighted lengths of the entity and keyword vectors. Recomputed when the story changes or
     * the stream has grown by a tenth since: idf drifts slowly, and recomputing for every candidate of
     * every article would cost as much as all the rest of the assignment.
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

    private void prune(int maxTerms) {
        entities = pruned(entities, maxTerms);
        keywords = pruned(keywords, maxTerms);
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

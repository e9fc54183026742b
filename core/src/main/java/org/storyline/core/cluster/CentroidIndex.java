package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Approximate nearest stories by embedding: random-hyperplane LSH (SimHash) over story centroids.
 * Chosen over Lucene's HNSW because centroids move with every article that joins, and re-keying a
 * story here costs {@code tables × bits} dot products, where a graph index would need a delete and a
 * re-insert. Each table files a story under the signs of its centroid against {@code bits} random
 * hyperplanes; a query reads one bucket per table and ranks what it finds by exact cosine.
 */
final class CentroidIndex {

    private final int tables;
    private final int bits;
    private double[][] planes;
    private final List<Map<Integer, Set<Story>>> buckets = new ArrayList<>();

    CentroidIndex(int tables, int bits) {
        this.tables = tables;
        this.bits = bits;
        for (int t = 0; t < tables; t++) {
            buckets.add(new HashMap<>());
        }
    }

    void put(Story story) {
        remove(story);
        int[] keys = keys(story.sum);
        for (int t = 0; t < tables; t++) {
            buckets.get(t).computeIfAbsent(keys[t], k -> new LinkedHashSet<>()).add(story);
        }
        story.hashKeys = keys;
    }

    void remove(Story story) {
        if (story.hashKeys == null) {
            return;
        }
        for (int t = 0; t < tables; t++) {
            Set<Story> bucket = buckets.get(t).get(story.hashKeys[t]);
            if (bucket != null) {
                bucket.remove(story);
                if (bucket.isEmpty()) {
                    buckets.get(t).remove(story.hashKeys[t]);
                }
            }
        }
        story.hashKeys = null;
    }

    /** Up to {@code limit} active stories whose centroid falls in a bucket of {@code unit}, nearest first. */
    List<Story> near(double[] unit, int limit) {
        int[] keys = keys(unit);
        Map<Story, Double> found = new IdentityHashMap<>();
        for (int t = 0; t < tables; t++) {
            Set<Story> bucket = buckets.get(t).get(keys[t]);
            if (bucket != null) {
                for (Story s : bucket) {
                    found.computeIfAbsent(s, k -> k.cosine(unit));
                }
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.<Story, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().sequence))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private int[] keys(double[] v) {
        if (planes == null || planes[0].length != v.length) {
            planes = new double[tables * bits][v.length];
            Random random = new Random(7);
            for (double[] plane : planes) {
                for (int i = 0; i < plane.length; i++) {
                    plane[i] = random.nextGaussian();
                }
            }
        }
        int[] keys = new int[tables];
        for (int t = 0; t < tables; t++) {
            int key = 0;
            for (int b = 0; b < bits; b++) {
                if (Story.dot(planes[t * bits + b], v) >= 0) {
                    key |= 1 << b;
                }
            }
            keys[t] = key;
        }
        return keys;
    }
}

package org.storyline.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B³ and pairwise precision, recall and F1 of a clustering against gold classes. B³ scores each item by
 * the overlap of its predicted cluster with its gold class and averages over items; pairwise counts the
 * item pairs put together.
 */
record ClusteringScore(double b3Precision, double b3Recall, double b3F1, double pairPrecision, double pairRecall,
                       double pairF1) {

    /** @param predicted item to predicted cluster; @param gold item to gold class; the same items in both */
    static ClusteringScore of(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String cluster = predicted.get(e.getKey());
            clusterSize.merge(cluster, 1, Integer::sum);
            classSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(cluster + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String cluster = predicted.get(e.getKey());
            int common = both.get(cluster + "\u0000" + e.getValue());
            p += (double) common / clusterSize.get(cluster);
            r += (double) common / classSize.get(e.getValue());
        }
        int n = gold.size();
        p /= n;
        r /= n;
        double samePairs = pairs(both.values());
        double predictedPairs = pairs(clusterSize.values());
        double goldPairs = pairs(classSize.values());
        double pp = predictedPairs == 0 ? 1 : samePairs / predictedPairs;
        double pr = goldPairs == 0 ? 1 : samePairs / goldPairs;
        return new ClusteringScore(p, r, f1(p, r), pp, pr, f1(pp, pr));
    }

    private static double pairs(java.util.Collection<Integer> sizes) {
        double sum = 0;
        for (int s : sizes) {
            sum += s * (s - 1) / 2.0;
        }
        return sum;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double spread(List<Double> xs) {
        double m = mean(xs);
        return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).average().orElse(0));
    }
}

package org.storyline.core.cluster;

/**
 * MinHash signatures: for each of {@code length} seeded hash functions, the least hash over a set.
 * The share of positions where two signatures agree estimates the sets' Jaccard similarity.
 */
final class MinHash {

    private final long[] seeds;

    MinHash(int length) {
        seeds = new long[length];
        long s = 42;
        for (int i = 0; i < length; i++) {
            s = Shingles.mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Shingles.mix(x ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static double jaccard(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * The share of the smaller set that the larger one holds, from the estimated Jaccard similarity
     * and the two sizes: |A∩B| = J(|A|+|B|)/(1+J). A copy with a new intro or a cut ending keeps a
     * high containment while its Jaccard similarity drops.
     */
    static double containment(double jaccard, int sizeA, int sizeB) {
        double common = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.min(1.0, common / Math.max(1, Math.min(sizeA, sizeB)));
    }
}

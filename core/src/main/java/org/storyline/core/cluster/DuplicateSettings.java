package org.storyline.core.cluster;

/**
 * How {@link NearDuplicateDetector} decides that one article repeats another.
 *
 * <p>Defaults were chosen with {@code bench/run DuplicateEval}: lightly edited variants of real news
 * texts (new first paragraph, cut ending, reordered paragraphs, other boilerplate) against different
 * articles on the same event; see BENCHMARKS.md.
 *
 * @param shingleWords   words per shingle; shingles never cross a paragraph break, so reordering
 *                       paragraphs keeps every shingle
 * @param bands          LSH bands
 * @param rowsPerBand    MinHash values per band; {@code bands * rowsPerBand} is the signature length
 * @param minContainment share of the shorter text's shingles that must also be in the longer one
 * @param minShingles    texts with fewer shingles are too short to call anything a copy
 * @param maxBucket      most recent articles kept per LSH bucket, so a boilerplate shingle shared by
 *                       every page of a site cannot make the work per article grow without bound
 */
public record DuplicateSettings(int shingleWords, int bands, int rowsPerBand, double minContainment,
                                int minShingles, int maxBucket) {

    public static final DuplicateSettings DEFAULTS = new DuplicateSettings(4, 42, 3, 0.5, 12, 64);

    public DuplicateSettings {
        if (shingleWords < 1 || bands < 1 || rowsPerBand < 1 || maxBucket < 1) {
            throw new IllegalArgumentException("shingleWords, bands, rowsPerBand and maxBucket must be positive");
        }
    }

    int signatureLength() {
        return bands * rowsPerBand;
    }
}

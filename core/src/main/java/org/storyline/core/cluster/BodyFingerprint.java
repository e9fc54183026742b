package org.storyline.core.cluster;

/**
 * What {@link NearDuplicateDetector} compares of an article's body: its MinHash signature and how many
 * distinct shingles it has. Computing it is the costly part of duplicate detection and needs nothing but
 * the body, so it can be made anywhere (on a Spark executor) and the comparison done elsewhere.
 *
 * @param signature the MinHash signature, or {@code null} when the body is too short to call anything a
 *                  copy ({@link DuplicateSettings#minShingles()}). Not copied: callers must not change it
 * @param shingles  the number of distinct shingles of the body
 */
public record BodyFingerprint(long[] signature, int shingles) {

    /** Whether the body is long enough to be compared at all. */
    public boolean comparable() {
        return signature != null;
    }
}

package org.storyline.core.cluster;

import java.time.Duration;

/**
 * How {@link StoryAssigner} decides. An article joins the best candidate story when
 * {@code embeddingWeight·cos(embedding, story centroid) + entityWeight·cos(entities, story entities)
 * + keywordWeight·cos(keywords, story keywords) ≥ joinThreshold}; otherwise it starts a story. Two
 * candidate stories the article could join are merged when the same score between the stories
 * themselves reaches {@code mergeThreshold}.
 *
 * <p>The defaults were tuned on ECB+ topics 1-35 with {@code bench/run ClusterEval --tune} and checked
 * on topics 36-45; see BENCHMARKS.md, "Story clustering (ECB+)".
 *
 * @param window          a story fades when this long passes after its last article (and before its
 *                        first); articles without a date ignore it
 * @param embeddingWeight weight of the sentence-embedding cosine
 * @param entityWeight    weight of the idf-weighted cosine over people, organisations and places
 * @param keywordWeight   weight of the idf-weighted cosine over content words
 * @param joinThreshold   least score for an article to join a story
 * @param mergeThreshold  least story-to-story score to merge two stories an article could join
 * @param nearestStories  candidates taken from the embedding index, the closest first
 * @param termStories     candidates taken from the entity and keyword index, the most shared first
 * @param indexedKeywords an article's keywords (highest tf-idf first) that enter the term index
 * @param maxPostings     terms on more active stories than this say nothing and are not looked up
 * @param maxStoryTerms   entity and keyword terms kept per story (the rarest drop out first)
 * @param hashTables      random-hyperplane LSH tables of the embedding index
 * @param hashBits        hyperplanes per table
 */
public record ClusterSettings(Duration window, double embeddingWeight, double entityWeight, double keywordWeight,
                              double joinThreshold, double mergeThreshold, int nearestStories, int termStories,
                              int indexedKeywords, int maxPostings, int maxStoryTerms, int hashTables,
                              int hashBits) {

    public static final ClusterSettings DEFAULTS = new ClusterSettings(Duration.ofDays(7),
            0.4, 0.3, 0.3, 0.45, 0.6, 12, 12, 12, 400, 600, 12, 6);

    public ClusterSettings {
        if (window.isNegative() || nearestStories < 1 || termStories < 0 || hashTables < 1
                || hashBits < 1 || hashBits > 30) {
            throw new IllegalArgumentException("bad cluster settings: " + window + ", " + nearestStories
                    + ", " + termStories + ", " + hashTables + ", " + hashBits);
        }
    }

    public ClusterSettings withWeights(double embedding, double entity, double keyword) {
        return new ClusterSettings(window, embedding, entity, keyword, joinThreshold, mergeThreshold,
                nearestStories, termStories, indexedKeywords, maxPostings, maxStoryTerms, hashTables, hashBits);
    }

    public ClusterSettings withThresholds(double join, double merge) {
        return new ClusterSettings(window, embeddingWeight, entityWeight, keywordWeight, join, merge,
                nearestStories, termStories, indexedKeywords, maxPostings, maxStoryTerms, hashTables, hashBits);
    }

    public ClusterSettings withWindow(Duration newWindow) {
        return new ClusterSettings(newWindow, embeddingWeight, entityWeight, keywordWeight, joinThreshold,
                mergeThreshold, nearestStories, termStories, indexedKeywords, maxPostings, maxStoryTerms,
                hashTables, hashBits);
    }
}

package org.storyline.core.store;

/**
 * Settings of the {@link NearestStoryPlacer}.
 *
 * @param dimensions  size of the hashed word vectors
 * @param candidates  how many nearest stories are considered
 * @param threshold   the least cosine similarity between an article and a story's centroid to join it;
 *                    on the example corpus, articles on one event score 0.34-0.83 against each other and
 *                    articles on different events at most 0.20, so 0.30 sits in the gap
 * @param windowDays  an article joins a story only if published within this many days of the story's
 *                    period (undated articles and stories are not held by it)
 */
public record PlacerSettings(int dimensions, int candidates, double threshold, int windowDays) {

    public static final PlacerSettings DEFAULTS = new PlacerSettings(512, 8, 0.30, 7);
}

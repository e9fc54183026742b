package org.storyline.core.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Places an article in the stored story whose word-vector centroid is nearest (HNSW search over the
 * archive's story vectors), when it is similar enough and close enough in time; otherwise the article
 * starts a story. Work per article is one k-nearest-neighbour search, however large the archive.
 * This is the store's own placer, used when no better clustering stage is wired in.
 */
public final class NearestStoryPlacer implements StoryPlacer {

    private final PlacerSettings settings;
    private final WordVector words;

    public NearestStoryPlacer(PlacerSettings settings) {
        this.settings = settings;
        this.words = new WordVector(settings.dimensions());
    }

    @Override
    public float[] vector(ArticleAnalysis analysis) {
        return words.of(analysis);
    }

    @Override
    public Placement place(ArticleAnalysis analysis, float[] vector, Archive archive) throws IOException {
        LocalDate day = analysis.article().published() == null ? null : analysis.article().published().date();
        for (StoryMatch match : archive.nearestStories(vector, settings.candidates())) {
            double cosine = 2 * match.score() - 1; // Lucene scores cosine similarity as (1 + cos) / 2
            if (cosine < settings.threshold()) {
                break;
            }
            StoryCard card = archive.storyCard(match.storyId()).orElse(null);
            if (card != null && withinWindow(day, card)) {
                return new Placement(card.id(), null);
            }
        }
        return Placement.newStory();
    }

    private boolean withinWindow(LocalDate day, StoryCard story) {
        if (day == null || story.first() == null || story.last() == null) {
            return true;
        }
        long before = ChronoUnit.DAYS.between(day, story.first());
        long after = ChronoUnit.DAYS.between(story.last(), day);
        return before <= settings.windowDays() && after <= settings.windowDays();
    }
}

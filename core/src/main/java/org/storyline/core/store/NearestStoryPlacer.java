package org.storyline.core.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    public float[] vector(ArticleAnalysis analysis, Archive archive) throws IOException {
        return words.of(analysis, archive);
    }

    @Override
    public Placement place(ArticleAnalysis analysis, float[] vector, Archive archive, List<StartedStory> started)
            throws IOException {
        LocalDate day = analysis.article().published() == null ? null : analysis.article().published().date();
        StartedStory closest = null;
        double best = settings.threshold();
        for (StartedStory story : started) {
            double cosine = cosine(vector, story.vector());
            if (cosine >= best && withinWindow(day, story.day(), story.day())) {
                best = cosine;
                closest = story;
            }
        }
        for (StoryMatch match : archive.nearestStories(vector, settings.candidates())) {
            double cosine = 2 * match.score() - 1; // Lucene scores cosine similarity as (1 + cos) / 2
            if (cosine < best) {
                break;
            }
            StoryCard card = archive.storyCard(match.storyId()).orElse(null);
            if (card != null && withinWindow(day, card.first(), card.last())) {
                return new Placement(card.id(), null);
            }
        }
        return closest == null ? Placement.newStory() : new Placement(closest.storyId(), null);
    }

    private boolean withinWindow(LocalDate day, LocalDate first, LocalDate last) {
        if (day == null || first == null || last == null) {
            return true;
        }
        long before = ChronoUnit.DAYS.between(day, first);
        long after = ChronoUnit.DAYS.between(last, day);
        return before <= settings.windowDays() && after <= settings.windowDays();
    }

    private static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        double norms = ArchiveDocuments.norm(a) * ArchiveDocuments.norm(b);
        return norms == 0 ? 0 : dot / norms;
    }
}

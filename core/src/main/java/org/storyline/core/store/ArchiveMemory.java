package org.storyline.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.cluster.StoryMemory;

/**
 * The archive as a {@link org.storyline.core.cluster.StoryAssigner}'s memory at one {@link Level}:
 * candidate stories or storylines from the index and term counts over the assigned articles stored. Ids
 * found in the index pass through {@code local}, which says under which id the assigner holds them now
 * (a group merged or started in the current batch is not yet visible as such to the index).
 */
final class ArchiveMemory implements StoryMemory {

    private final ArchiveRecall recall;
    private final Level level;
    private final ClusterSettings settings;
    private final UnaryOperator<String> local;
    private final int windowDays;

    ArchiveMemory(ArchiveRecall recall, Level level, ClusterSettings settings, UnaryOperator<String> local) {
        this.recall = recall;
        this.level = level;
        this.settings = settings;
        this.local = local;
        this.windowDays = (int) Math.min(Integer.MAX_VALUE / 2, settings.window().toDays() + 1);
    }

    @Override
    public int articles() {
        try {
            return recall.assignedArticles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int articlesWith(String term) {
        try {
            return recall.assignedWith(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> recall(ArticleProfile article, List<String> indexTerms) {
        LocalDate day = article.time() == null ? null : LocalDate.ofInstant(article.time(), ZoneOffset.UTC);
        try {
            Set<String> ids = new LinkedHashSet<>();
            recall.near(level, article.vector(), day, windowDays, settings.nearestStories())
                    .forEach(id -> ids.add(local.apply(id)));
            recall.sharing(level, indexTerms, day, windowDays, settings.termStories())
                    .forEach(id -> ids.add(local.apply(id)));
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ArticleProfile> members(String storyId) {
        try {
            return recall.profiles(level, storyId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

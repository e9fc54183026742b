package org.storyline.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;

/**
 * Takes analysed articles into an archive, incrementally: an article already stored is skipped (so
 * re-ingesting changes nothing), a new one is placed in a story by the {@link StoryPlacer}, and at
 * each {@link #commit()} every story that gained articles gets a fresh view from the
 * {@link StoryEditor}, in the same atomic commit as the articles. A crash between commits therefore
 * loses the whole batch or nothing, never half a story.
 *
 * <p>Not thread-safe: one ingest at a time per archive.
 */
public final class ArchiveIngest {

    /** What happened to one article. */
    public enum Outcome {
        ADDED,
        ALREADY_STORED
    }

    private final Archive archive;
    private final StoryPlacer placer;
    private final StoryEditor editor;
    private final Set<String> addedSinceCommit = new HashSet<>();
    private final Set<String> storiesToRefresh = new LinkedHashSet<>();
    private final List<StartedStory> started = new ArrayList<>();

    public ArchiveIngest(Archive archive, StoryPlacer placer, StoryEditor editor) {
        this.archive = archive;
        this.placer = placer;
        this.editor = editor;
    }

    public Outcome add(ArticleAnalysis analysis) throws IOException {
        String id = analysis.article().id();
        if (addedSinceCommit.contains(id) || archive.containsArticle(id)) {
            return Outcome.ALREADY_STORED;
        }
        float[] vector = placer.vector(analysis, archive);
        Placement placement = placer.place(analysis, vector, archive, List.copyOf(started));
        String storyId = placement.storyId() == null ? newStoryId(id) : placement.storyId();
        archive.putArticle(analysis, storyId, placement.duplicateOf(), vector);
        addedSinceCommit.add(id);
        if (placement.storyId() == null) {
            var published = analysis.article().published();
            started.add(new StartedStory(storyId, vector, published == null ? null : published.date()));
        }
        storiesToRefresh.add(storyId);
        return Outcome.ADDED;
    }

    /** Refreshes the views of the stories that gained articles, then commits everything atomically. */
    public void commit() throws IOException {
        if (!storiesToRefresh.isEmpty()) {
            archive.refresh();
            for (String storyId : storiesToRefresh) {
                List<ArticleAnalysis> articles = archive.storyArticles(storyId);
                Map<String, String> duplicateOf = new HashMap<>();
                for (ArticleAnalysis article : articles) {
                    archive.articleCard(article.article().id())
                            .filter(card -> card.duplicateOf() != null)
                            .ifPresent(card -> duplicateOf.put(card.id(), card.duplicateOf()));
                }
                StoryView view = editor.assemble(storyId, articles, duplicateOf);
                archive.putStory(view, archive.storyCentroid(storyId));
            }
        }
        archive.commit();
        addedSinceCommit.clear();
        storiesToRefresh.clear();
        started.clear();
    }

    /** Story ids are derived from the founding article's id, so re-running an ingest gives the same ids. */
    static String newStoryId(String articleId) {
        String clean = articleId.replaceAll("[^A-Za-z0-9_-]", "");
        return "s-" + (clean.length() > 16 ? clean.substring(0, 16) : clean);
    }
}

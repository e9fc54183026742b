package org.storyline.core.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.Assignment;
import org.storyline.core.cluster.StoryAssigner;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;

/**
 * Takes analysed articles into an archive, incrementally, placing them as {@code storyline analyze}
 * groups them: a near-duplicate ({@link CopyFinder}) joins the story of the article it copies and is
 * linked to it; any other article goes to the cluster stage's {@link StoryAssigner}, which sees the
 * archive's stories through {@link ArchiveMemory} and may merge stories (the merged one's articles
 * move, and its id resolves to the survivor). An article already stored is skipped, so re-ingesting
 * changes nothing. At each {@link #commit()} every story that changed gets a fresh view from the
 * {@link StoryEditor}, in the same atomic commit as the articles: a crash between commits loses the
 * whole batch or nothing. The assigner and detector start afresh each batch and learn the rest from
 * the archive, so memory stays the size of a batch and a restarted ingest needs nothing but the store.
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
    private final ArticleProfiler profiler;
    private final StoryEditor editor;
    private final PlacementSettings settings;
    private final ArchiveRecall recall;
    private final CopyFinder copies;
    private final Set<String> addedSinceCommit = new HashSet<>();
    private final Set<String> storiesToRefresh = new LinkedHashSet<>();
    /** This batch's copies and their originals; and stories merged away, into their survivor. */
    private final Map<String, String> copyOf = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    /** Stories started this batch: the assigner's id to the stored id, and back. */
    private final Map<String, String> storedId = new HashMap<>();
    private final Map<String, String> assignerId = new HashMap<>();
    private StoryAssigner assigner;

    public ArchiveIngest(Archive archive, ArticleProfiler profiler, StoryEditor editor) {
        this(archive, profiler, editor, PlacementSettings.DEFAULTS);
    }

    public ArchiveIngest(Archive archive, ArticleProfiler profiler, StoryEditor editor, PlacementSettings settings) {
        this.archive = archive;
        this.profiler = profiler;
        this.editor = editor;
        this.settings = settings;
        this.recall = new ArchiveRecall(archive);
        this.copies = new CopyFinder(recall, settings.duplicates(), settings.copyCandidates());
    }

    public Outcome add(ArticleAnalysis analysis) throws IOException {
        String id = analysis.article().id();
        if (addedSinceCommit.contains(id) || archive.containsArticle(id)) {
            return Outcome.ALREADY_STORED;
        }
        String copied = copies.copied(analysis.article());
        String storyId = copied == null ? null : storyOfOriginal(copied);
        if (storyId != null) {
            copyOf.put(id, copied);
            archive.putArticle(analysis, storyId, copied, null);
        } else {
            ArticleProfile profile = profiler.profile(analysis);
            Assignment placed = assigner().assign(profile);
            storyId = stored(placed.storyId());
            if (placed.newStory()) {
                storyId = newStoryId(id);
                storedId.put(placed.storyId(), storyId);
                assignerId.put(storyId, placed.storyId());
            }
            for (String merged : placed.merged()) {
                merge(stored(merged), storyId);
            }
            archive.putArticle(analysis, storyId, null, profile);
        }
        addedSinceCommit.add(id);
        storiesToRefresh.add(storyId);
        return Outcome.ADDED;
    }

    private StoryAssigner assigner() {
        if (assigner == null) {
            assigner = new StoryAssigner(settings.cluster(), new ArchiveMemory(recall, settings.cluster(), this::held));
        }
        return assigner;
    }

    /** The story a copy joins: its original's, the chain of copies followed; {@code null} if unknown. */
    private String storyOfOriginal(String original) throws IOException {
        String root = original;
        for (int hops = 0; hops < 64; hops++) {
            String next = copyOf.get(root);
            if (next == null) {
                Optional<String> assigned = assigner == null ? Optional.empty() : assigner.storyOf(root);
                if (assigned.isPresent()) {
                    return stored(assigned.get());
                }
                Optional<ArticleCard> card = archive.articleCard(root);
                if (card.isEmpty()) {
                    return null;
                }
                if (card.get().duplicateOf() == null) {
                    return current(card.get().story());
                }
                next = card.get().duplicateOf();
            }
            root = next;
        }
        return null;
    }

    private void merge(String from, String into) throws IOException {
        if (from.equals(into)) {
            return;
        }
        archive.mergeStory(from, into);
        mergedInto.put(from, into);
        storiesToRefresh.remove(from);
        storiesToRefresh.add(into);
    }

    /** A stored story id as it stands after this batch's merges. */
    private String current(String storyId) {
        String id = storyId;
        for (int hops = 0; hops < 64 && mergedInto.containsKey(id); hops++) {
            id = mergedInto.get(id);
        }
        return id;
    }

    /** The stored id of a story the assigner names. */
    private String stored(String assigned) {
        return storedId.getOrDefault(assigned, assigned);
    }

    /** The id under which the assigner holds a story the index names. */
    private String held(String indexed) {
        String id = current(indexed);
        return assignerId.getOrDefault(id, id);
    }

    /** Refreshes the views of the stories that changed, then commits everything atomically. */
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
        copyOf.clear();
        mergedInto.clear();
        storedId.clear();
        assignerId.clear();
        assigner = null;
        copies.reset();
    }

    /** Story ids are derived from the founding article's id, so re-running an ingest gives the same ids. */
    public static String newStoryId(String articleId) {
        String clean = articleId.replaceAll("[^A-Za-z0-9_-]", "");
        return "s-" + (clean.length() > 16 ? clean.substring(0, 16) : clean);
    }
}

package org.storyline.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.StoryAssigner;
import org.storyline.core.cluster.StoryMemory;
import org.storyline.core.cluster.StorylineAssigner;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.model.StoryView;
import org.storyline.core.story.StorylineAssembler;

/**
 * Takes analysed articles into an archive, incrementally, placing them as {@code storyline analyze}
 * groups them: a near-duplicate ({@link CopyFinder}) joins the event of the article it copies and is
 * linked to it; any other article goes to the cluster stage's {@link StorylineAssigner}, which sees the
 * archive's storylines and events through {@link ArchiveMemory} and may merge events or storylines (the
 * merged one's articles move, and its id resolves to the survivor). An article already stored is skipped,
 * so re-ingesting changes nothing. At each {@link #commit()} every event that changed gets a fresh view
 * from the {@link StoryEditor} and every storyline that changed a fresh view over its events, in the same
 * atomic commit as the articles: a crash between commits loses the whole batch or nothing. A view that
 * cannot be assembled is a {@linkplain #takeProblems() problem}, not a lost batch. The assigners
 * and detector start afresh each batch and learn the rest from the archive, so memory stays the size of a
 * batch and a restarted ingest needs nothing but the store.
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
    private final StorylineAssembler lines = new StorylineAssembler();
    private final Set<String> addedSinceCommit = new HashSet<>();
    /** This batch's copies and their originals. */
    private final Map<String, String> copyOf = new HashMap<>();
    /** Events and storylines of this batch: ids as the assigners and as the archive know them, merges. */
    private final Batch events = new Batch("s-");
    private final Batch storylines = new Batch("l-");
    /** The storyline each event changed this batch belongs to, by stored ids. */
    private final Map<String, String> storylineOfEvent = new HashMap<>();
    /** Views not assembled since {@link #takeProblems()} was last called. */
    private final List<Problem> problems = new ArrayList<>();
    private StorylineAssigner assigner;

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
            archive.putArticle(analysis, storyId, storylineOf(storyId), copied, null);
        } else {
            ArticleProfile profile = profiler.profile(analysis);
            StorylineAssigner.Placement placed = assigner().assign(profile, this::keptStoryline);
            String lineId = storylines.stored(placed.storyline(), placed.newStoryline(), id);
            storyId = events.stored(placed.event().storyId(), placed.event().newStory(), id);
            for (String merged : placed.mergedStorylines()) {
                mergeStoryline(storylines.stored(merged), lineId);
            }
            for (String merged : placed.event().merged()) {
                mergeStory(events.stored(merged), storyId, lineId);
            }
            storylineOfEvent.put(storyId, lineId);
            archive.putArticle(analysis, storyId, lineId, null, profile);
        }
        addedSinceCommit.add(id);
        events.changed.add(storyId);
        return Outcome.ADDED;
    }

    private StorylineAssigner assigner() {
        if (assigner == null) {
            StoryAssigner eventAssigner = new StoryAssigner(settings.cluster(),
                    new ArchiveMemory(recall, Level.EVENT, settings.cluster(), events::held));
            StoryAssigner lineAssigner = new StoryAssigner(settings.storylines(),
                    new ArchiveMemory(recall, Level.STORYLINE, settings.storylines(), storylines::held), "l");
            assigner = new StorylineAssigner(eventAssigner, lineAssigner);
        }
        return assigner;
    }

    /** The storyline of an event the event assigner recalled from the archive, as the assigner holds it. */
    private Optional<String> keptStoryline(String event) {
        try {
            String stored = storylineOf(events.stored(event));
            return Optional.ofNullable(stored).map(storylines::held);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stored storyline of a stored event: this batch's if it changed, else the archive's. */
    private String storylineOf(String storyId) throws IOException {
        String line = storylineOfEvent.get(storyId);
        if (line == null) {
            line = archive.storyCard(storyId).map(StoryCard::storyline).orElse(null);
        }
        return line == null ? null : storylines.current(line);
    }

    /** The event a copy joins: its original's, the chain of copies followed; {@code null} if unknown. */
    private String storyOfOriginal(String original) throws IOException {
        String root = original;
        for (int hops = 0; hops < 64; hops++) {
            String next = copyOf.get(root);
            if (next == null) {
                Optional<String> assigned = assigner == null ? Optional.empty() : assigner.eventOf(root);
                if (assigned.isPresent()) {
                    return events.stored(assigned.get());
                }
                Optional<ArticleCard> card = archive.articleCard(root);
                if (card.isEmpty()) {
                    return null;
                }
                if (card.get().duplicateOf() == null) {
                    return events.current(card.get().story());
                }
                next = card.get().duplicateOf();
            }
            root = next;
        }
        return null;
    }

    private void mergeStory(String from, String into, String lineId) throws IOException {
        if (from.equals(into)) {
            return;
        }
        archive.mergeStory(from, into, lineId);
        events.merged(from, into);
        storylineOfEvent.remove(from);
    }

    private void mergeStoryline(String from, String into) throws IOException {
        if (from.equals(into)) {
            return;
        }
        archive.mergeStoryline(from, into);
        storylines.merged(from, into);
        storylineOfEvent.replaceAll((event, line) -> line.equals(from) ? into : line);
    }

    /** Refreshes the views of the events and storylines that changed, then commits everything atomically. */
    public void commit() throws IOException {
        if (!events.changed.isEmpty()) {
            archive.refresh();
            Set<String> changedLines = new LinkedHashSet<>();
            for (String storyId : events.changed) {
                List<ArticleAnalysis> articles = archive.storyArticles(storyId);
                Map<String, String> duplicateOf = new HashMap<>();
                for (ArticleAnalysis article : articles) {
                    archive.articleCard(article.article().id())
                            .filter(card -> card.duplicateOf() != null)
                            .ifPresent(card -> duplicateOf.put(card.id(), card.duplicateOf()));
                }
                String line = storylineOf(storyId);
                if (line != null) {
                    changedLines.add(line);
                }
                StoryView view;
                try {
                    view = editor.assemble(storyId, articles, duplicateOf);
                } catch (RuntimeException e) {
                    problems.add(notAssembled("event " + storyId, articles.size() + " articles", e));
                    continue;
                }
                archive.putStory(view, line, archive.storyCentroid(storyId));
            }
            changedLines.addAll(storylines.changed);
            archive.refresh();
            for (String line : changedLines) {
                List<StoryView> views = archive.storylineEvents(line);
                if (views.isEmpty()) {
                    continue;
                }
                try {
                    archive.putStoryline(lines.assemble(line, views), archive.storylineCentroid(line));
                } catch (RuntimeException e) {
                    problems.add(notAssembled("storyline " + line, views.size() + " events", e));
                }
            }
        }
        archive.commit();
        addedSinceCommit.clear();
        copyOf.clear();
        events.clear();
        storylines.clear();
        storylineOfEvent.clear();
        assigner = null;
        copies.reset();
    }

    /**
     * The views this ingest could not assemble since the last call, each a problem naming the event or
     * storyline; their articles are stored and placed all the same, and the page keeps its earlier view.
     */
    public List<Problem> takeProblems() {
        List<Problem> out = List.copyOf(problems);
        problems.clear();
        return out;
    }

    private static Problem notAssembled(String what, String size, RuntimeException e) {
        return new Problem(what, size, "its view could not be assembled (its page keeps any earlier view): " + e);
    }

    /** Story ids are derived from the founding article's id, so re-running an ingest gives the same ids. */
    public static String newStoryId(String articleId) {
        return Batch.newId("s-", articleId);
    }

    /** Storyline ids likewise, from the first article of the storyline's first event. */
    public static String newStorylineId(String articleId) {
        return Batch.newId("l-", articleId);
    }

    /**
     * One level's bookkeeping within a batch: ids the assigner gave groups it started, and the stored ids
     * they get; groups merged away and their survivors; the stored groups that changed.
     */
    private static final class Batch {

        private final String prefix;
        private final Map<String, String> storedId = new HashMap<>();
        private final Map<String, String> assignerId = new HashMap<>();
        private final Map<String, String> mergedInto = new HashMap<>();
        private final Set<String> changed = new LinkedHashSet<>();

        Batch(String prefix) {
            this.prefix = prefix;
        }

        /** The stored id of a group the assigner names; a group it just started gets one from the article. */
        String stored(String assigned, boolean started, String articleId) {
            String id = storedId.get(assigned);
            if (id == null && started && !assigned.startsWith(prefix)) {
                id = newId(prefix, articleId);
                storedId.put(assigned, id);
                assignerId.put(id, assigned);
            }
            return current(id == null ? assigned : id);
        }

        String stored(String assigned) {
            return current(storedId.getOrDefault(assigned, assigned));
        }

        /** The id under which the assigner holds a group the index names. */
        String held(String indexed) {
            String id = current(indexed);
            return assignerId.getOrDefault(id, id);
        }

        /** A stored id as it stands after this batch's merges. */
        String current(String id) {
            String at = id;
            for (int hops = 0; hops < 64 && mergedInto.containsKey(at); hops++) {
                at = mergedInto.get(at);
            }
            return at;
        }

        void merged(String from, String into) {
            mergedInto.put(from, into);
            changed.remove(from);
            changed.add(into);
        }

        void clear() {
            storedId.clear();
            assignerId.clear();
            mergedInto.clear();
            changed.clear();
        }

        static String newId(String prefix, String articleId) {
            String clean = articleId.replaceAll("[^A-Za-z0-9_-]", "");
            return prefix + (clean.length() > 16 ? clean.substring(0, 16) : clean);
        }
    }
}

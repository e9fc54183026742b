package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster stage's grouping of a whole corpus into events and storylines, the one entry point that
 * {@code analyze} and the Spark job share: articles come in publication order (undated last), as a stream
 * would bring them. An original is {@linkplain #place placed} by the {@link StorylineAssigner}; a
 * near-duplicate found by {@link NearDuplicateDetector} is not clustered on its own but {@linkplain #copy
 * joins} the event of the article it copies, linked to it so that the event counts it once. Copies are
 * resolved at the end, so they may be given before or after their originals are placed.
 *
 * <p>Not thread-safe.
 */
public final class StoryGrouping {

    /** Prefix of the event a copy forms when its original was never placed; its storyline is {@code l-} that. */
    private static final String ORPHAN = "copy-of-";

    /**
     * One event: its id, its storyline, its article ids (placed articles in arrival order, then copies)
     * and which article each copy repeats.
     */
    public record Group(String id, String storyline, List<String> articles, Map<String, String> duplicateOf) {

        public Group {
            articles = List.copyOf(articles);
            duplicateOf = Map.copyOf(duplicateOf);
        }
    }

    private final StorylineAssigner assigner;
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();

    public StoryGrouping() {
        this(ClusterSettings.DEFAULTS, ClusterSettings.STORYLINES);
    }

    public StoryGrouping(ClusterSettings eventSettings, ClusterSettings storylineSettings) {
        this.assigner = new StorylineAssigner(eventSettings, storylineSettings);
    }

    /** Places an original, in publication order. */
    public StorylineAssigner.Placement place(ArticleProfile profile) {
        return assigner.assign(profile);
    }

    /** Records that {@code copyId} repeats {@code originalId} (itself possibly a copy). */
    public void copy(String copyId, String originalId) {
        if (!copyId.equals(originalId)) {
            duplicateOf.put(copyId, originalId);
        }
    }

    /** The event of a placed article or a copy, chains of copies followed; {@code copy-of-ID} when the
     * original was never placed. */
    public String storyOf(String articleId) {
        String root = root(articleId);
        return assigner.eventOf(root).orElse(ORPHAN + root);
    }

    /** Every event so far: placed events in the order they started, then any group of unplaced originals. */
    public List<Group> groups() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        assigner.events().forEach((event, ids) -> members.put(event, new ArrayList<>(ids)));
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        duplicateOf.forEach((copy, original) -> {
            String event = storyOf(copy);
            members.computeIfAbsent(event, k -> new ArrayList<>()).add(copy);
            links.computeIfAbsent(event, k -> new LinkedHashMap<>()).put(copy, original);
        });
        List<Group> groups = new ArrayList<>();
        members.forEach((event, ids) -> groups.add(new Group(event,
                assigner.storylineOfEvent(event).orElse("l-" + event), ids, links.getOrDefault(event, Map.of()))));
        return groups;
    }

    /** Events the assigner still compares new articles with, and storylines likewise. */
    public int activeEvents() {
        return assigner.activeEvents();
    }

    public int activeStorylines() {
        return assigner.activeStorylines();
    }

    /** The original a copy's chain ends at, or the id itself. */
    private String root(String articleId) {
        String root = articleId;
        for (int hops = 0; duplicateOf.containsKey(root) && hops <= duplicateOf.size(); hops++) {
            root = duplicateOf.get(root);
        }
        return root;
    }
}

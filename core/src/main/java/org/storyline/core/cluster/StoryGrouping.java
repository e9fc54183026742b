package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster stage's grouping of a whole corpus, the one entry point that {@code analyze} and the Spark
 * job share: articles come in publication order (undated last), as a stream would bring them. An original
 * is {@linkplain #place placed} by the {@link StoryAssigner}; a near-duplicate found by
 * {@link NearDuplicateDetector} is not clustered on its own but {@linkplain #copy joins} the story of the
 * article it copies, linked to it so that the story counts it once. Copies are resolved at the end, so
 * they may be given before or after their originals are placed.
 *
 * <p>Not thread-safe.
 */
public final class StoryGrouping {

    /**
     * One story: its id, its article ids (placed articles in arrival order, then copies) and which
     * article each copy repeats.
     */
    public record Group(String id, List<String> articles, Map<String, String> duplicateOf) {

        public Group {
            articles = List.copyOf(articles);
            duplicateOf = Map.copyOf(duplicateOf);
        }
    }

    private final StoryAssigner assigner;
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();

    public StoryGrouping() {
        this(ClusterSettings.DEFAULTS);
    }

    public StoryGrouping(ClusterSettings settings) {
        this.assigner = new StoryAssigner(settings);
    }

    /** Places an original, in publication order. */
    public Assignment place(ArticleProfile profile) {
        return assigner.assign(profile);
    }

    /** Records that {@code copyId} repeats {@code originalId} (itself possibly a copy). */
    public void copy(String copyId, String originalId) {
        if (!copyId.equals(originalId)) {
            duplicateOf.put(copyId, originalId);
        }
    }

    /** The story of a placed article or a copy, chains of copies followed; {@code copy-of-ID} when the
     * original was never placed. */
    public String storyOf(String articleId) {
        String root = root(articleId);
        return assigner.storyOf(root).orElse("copy-of-" + root);
    }

    /** Every story so far: placed stories in the order they started, then any group of unplaced originals. */
    public List<Group> groups() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        assigner.stories().forEach((story, ids) -> members.put(story, new ArrayList<>(ids)));
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        duplicateOf.forEach((copy, original) -> {
            String story = storyOf(copy);
            members.computeIfAbsent(story, k -> new ArrayList<>()).add(copy);
            links.computeIfAbsent(story, k -> new LinkedHashMap<>()).put(copy, original);
        });
        List<Group> groups = new ArrayList<>();
        members.forEach((story, ids) -> groups.add(new Group(story, ids, links.getOrDefault(story, Map.of()))));
        return groups;
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

package org.storyline.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.cluster.PublicationWindow;
import org.storyline.core.cluster.StoryGrouping;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Groups a run's analyses into events and storylines with the cluster stage ({@link StoryGrouping}),
 * feeding articles in publication order (undated last) as a stream would bring them. A near-duplicate is
 * not clustered on its own: it joins the event of the article it copies, linked to it so that the event
 * counts it once.
 */
public final class StoryGroups {

    /** An event as the cluster stage delivers it: its id, its storyline, its articles, and which copy which. */
    public record StoryGroup(String id, String storyline, List<ArticleAnalysis> articles,
                             Map<String, String> duplicateOf) {

        public StoryGroup {
            articles = List.copyOf(articles);
            duplicateOf = Map.copyOf(duplicateOf);
        }
    }

    private final ArticleProfiler profiler;
    private final ClusterSettings eventSettings;
    private final ClusterSettings storylineSettings;

    /** The product's grouping: MiniLM embeddings, default event and storyline settings. */
    public StoryGroups() {
        this(null, ClusterSettings.DEFAULTS, ClusterSettings.STORYLINES);
    }

    /** @param profiler how articles are profiled; {@code null} for MiniLM, loaded on first use */
    public StoryGroups(ArticleProfiler profiler, ClusterSettings eventSettings, ClusterSettings storylineSettings) {
        this.profiler = profiler;
        this.eventSettings = Objects.requireNonNull(eventSettings, "eventSettings");
        this.storylineSettings = Objects.requireNonNull(storylineSettings, "storylineSettings");
    }

    /** The events, in the order they started, each naming its storyline. */
    public List<StoryGroup> group(List<ArticleAnalysis> analyses) {
        if (analyses.isEmpty()) {
            return List.of();
        }
        var profiles = profiler != null ? profiler : new ArticleProfiler(new MiniLmEmbedder());
        var grouping = new StoryGrouping(eventSettings, storylineSettings);
        var duplicates = new NearDuplicateDetector();
        var byId = new LinkedHashMap<String, ArticleAnalysis>();
        // the same content read twice (identical files) goes to its first reading's event, which notes it
        var repeats = new ArrayList<ArticleAnalysis>();
        analyses.stream().sorted(PublicationWindow.ORDER).forEach(a -> {
            if (byId.putIfAbsent(a.article().id(), a) != null) {
                repeats.add(a);
            }
        });
        for (var a : byId.values()) {
            var original = duplicates.add(a.article());
            if (original.isPresent() && !original.get().equals(a.article().id())) {
                grouping.copy(a.article().id(), original.get());
            } else {
                grouping.place(profiles.profile(a));
            }
        }
        var members = new LinkedHashMap<String, List<ArticleAnalysis>>();
        var groups = new LinkedHashMap<String, StoryGrouping.Group>();
        for (var group : grouping.groups()) {
            var list = new ArrayList<ArticleAnalysis>();
            group.articles().forEach(id -> list.add(byId.get(id)));
            members.put(group.id(), list);
            groups.put(group.id(), group);
        }
        for (var repeat : repeats) {
            var event = grouping.storyOf(repeat.article().id());
            members.computeIfAbsent(event, k -> new ArrayList<>()).add(repeat);
        }
        var out = new ArrayList<StoryGroup>();
        members.forEach((event, list) -> {
            var group = groups.get(event);
            out.add(new StoryGroup(event, group == null ? "l-" + event : group.storyline(), list,
                    group == null ? Map.of() : group.duplicateOf()));
        });
        return out;
    }
}

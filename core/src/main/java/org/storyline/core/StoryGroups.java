package org.storyline.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.cluster.StoryGrouping;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Groups a run's analyses into stories with the cluster stage ({@link StoryGrouping}), feeding articles
 * in publication order (undated last) as a stream would bring them. A near-duplicate is not clustered on
 * its own: it joins the story of the article it copies, linked to it so that the story counts it once.
 */
final class StoryGroups {

    /** The order articles are grouped in: by publication day, undated last, ties in input order. */
    private static final Comparator<ArticleAnalysis> PUBLICATION_ORDER = Comparator.comparing(
            (ArticleAnalysis a) -> a.article().published() == null ? null : a.article().published().date(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final NearDuplicateDetector duplicates = new NearDuplicateDetector();
    private final StoryGrouping grouping = new StoryGrouping();

    List<StoryRun.StoryGroup> group(List<ArticleAnalysis> analyses) {
        if (analyses.isEmpty()) {
            return List.of();
        }
        var profiler = new ArticleProfiler(new MiniLmEmbedder());
        var byId = new LinkedHashMap<String, ArticleAnalysis>();
        // the same content read twice (identical files) goes to its first reading's story, which notes it
        var repeats = new ArrayList<ArticleAnalysis>();
        analyses.stream().sorted(PUBLICATION_ORDER).forEach(a -> {
            if (byId.putIfAbsent(a.article().id(), a) != null) {
                repeats.add(a);
            }
        });
        for (var a : byId.values()) {
            var original = duplicates.add(a.article());
            if (original.isPresent() && !original.get().equals(a.article().id())) {
                grouping.copy(a.article().id(), original.get());
            } else {
                grouping.place(profiler.profile(a));
            }
        }
        var members = new LinkedHashMap<String, List<ArticleAnalysis>>();
        var links = new LinkedHashMap<String, Map<String, String>>();
        for (var group : grouping.groups()) {
            var list = new ArrayList<ArticleAnalysis>();
            group.articles().forEach(id -> list.add(byId.get(id)));
            members.put(group.id(), list);
            links.put(group.id(), group.duplicateOf());
        }
        for (var repeat : repeats) {
            members.computeIfAbsent(grouping.storyOf(repeat.article().id()), k -> new ArrayList<>()).add(repeat);
        }
        var groups = new ArrayList<StoryRun.StoryGroup>();
        members.forEach((story, list) -> groups.add(
                new StoryRun.StoryGroup(story, List.copyOf(list), links.getOrDefault(story, Map.of()))));
        return groups;
    }
}

package org.storyline.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.cluster.StoryAssigner;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Groups a run's analyses into stories with the cluster stage, feeding articles in publication order
 * (undated last) as a stream would bring them. A near-duplicate is not clustered on its own: it joins
 * the story of the article it copies, linked to it so that the story counts it once.
 */
final class StoryGroups {

    private final NearDuplicateDetector duplicates = new NearDuplicateDetector();
    private final StoryAssigner assigner = new StoryAssigner();

    List<StoryRun.StoryGroup> group(List<ArticleAnalysis> analyses) {
        if (analyses.isEmpty()) {
            return List.of();
        }
        var profiler = new ArticleProfiler(new MiniLmEmbedder());
        var byId = new LinkedHashMap<String, ArticleAnalysis>();
        // the same content read twice (identical files) goes to its first reading's story, which notes it
        var repeats = new ArrayList<ArticleAnalysis>();
        analyses.stream()
                .sorted(Comparator.comparing((ArticleAnalysis a) -> a.article().published() == null ? null
                        : a.article().published().date(), Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> {
                    if (byId.putIfAbsent(a.article().id(), a) != null) {
                        repeats.add(a);
                    }
                });
        var duplicateOf = new HashMap<String, String>();
        for (var a : byId.values()) {
            var original = duplicates.add(a.article());
            if (original.isPresent() && !original.get().equals(a.article().id())) {
                duplicateOf.put(a.article().id(), original.get());
            } else {
                assigner.assign(profiler.profile(a));
            }
        }
        var members = new LinkedHashMap<String, List<ArticleAnalysis>>();
        assigner.stories().forEach((story, ids) -> {
            var list = new ArrayList<ArticleAnalysis>();
            ids.forEach(id -> list.add(byId.get(id)));
            members.put(story, list);
        });
        duplicateOf.forEach((copy, original) -> {
            var root = original;
            for (int hops = 0; duplicateOf.containsKey(root) && hops < duplicateOf.size(); hops++) {
                root = duplicateOf.get(root);
            }
            var story = assigner.storyOf(root).orElse("copy-of-" + root);
            members.computeIfAbsent(story, k -> new ArrayList<>()).add(byId.get(copy));
        });
        for (var repeat : repeats) {
            var id = repeat.article().id();
            var story = assigner.storyOf(duplicateOf.getOrDefault(id, id)).orElse("copy-of-" + id);
            members.computeIfAbsent(story, k -> new ArrayList<>()).add(repeat);
        }
        var groups = new ArrayList<StoryRun.StoryGroup>();
        members.forEach((story, list) -> {
            var links = new HashMap<String, String>();
            list.forEach(a -> {
                var original = duplicateOf.get(a.article().id());
                if (original != null) {
                    links.put(a.article().id(), original);
                }
            });
            groups.add(new StoryRun.StoryGroup(story, List.copyOf(list), Map.copyOf(links)));
        });
        return groups;
    }
}

package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.storyline.core.StoryGroups;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Where storylines go wrong on the DUC 2004 dev half: {@code bench/run StorylineMisses [sharedDir]}. For
 * each gold topic split over several storylines, the storylines with their events (date, size, lede); and
 * each storyline that mixes topics. Reads the analyses {@link StorylineEval} cached.
 */
public final class StorylineMisses {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        StorylineEval.Duc duc = StorylineEval.Duc.load(shared.resolve(DucDoc.DEV));
        List<StoryGroups.StoryGroup> groups = new StoryGroups(duc.profiler, ClusterSettings.DEFAULTS,
                ClusterSettings.STORYLINES).group(duc.analyses);
        Map<String, String> topicOf = new HashMap<>();
        duc.docs.forEach(d -> topicOf.putIfAbsent(duc.articleOfLine.get(d.id()), d.topic()));
        Map<String, Map<String, List<StoryGroups.StoryGroup>>> byTopic = new TreeMap<>();
        Map<String, Map<String, Integer>> topicsOfLine = new LinkedHashMap<>();
        for (StoryGroups.StoryGroup g : groups) {
            Map<String, Integer> topics = new HashMap<>();
            g.articles().forEach(a -> topics.merge(topicOf.get(a.article().id()), 1, Integer::sum));
            String major = topics.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            byTopic.computeIfAbsent(major, k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.storyline(), k -> new ArrayList<>()).add(g);
            topics.forEach((t, n) -> topicsOfLine.computeIfAbsent(g.storyline(), k -> new TreeMap<>()).merge(t, n, Integer::sum));
        }
        byTopic.forEach((topic, lines) -> {
            if (lines.size() > 1) {
                System.out.printf("%n== topic %s split over %d storylines%n", topic, lines.size());
                lines.forEach((line, events) -> {
                    System.out.printf("  storyline %s %s%n", line, topicsOfLine.get(line));
                    events.forEach(e -> System.out.printf("    event %-5s %2d  %s%n", e.id(), e.articles().size(), lede(e.articles().get(0))));
                });
            }
        });
        topicsOfLine.forEach((line, topics) -> {
            if (topics.size() > 1) {
                System.out.printf("%n== storyline %s mixes %s%n", line, topics);
                groups.stream().filter(g -> g.storyline().equals(line)).forEach(e -> {
                    System.out.printf("    event %-5s %2d %s %s%n", e.id(), e.articles().size(),
                            topicOf.get(e.articles().get(0).article().id()), lede(e.articles().get(0)));
                    if (e.articles().stream().map(a -> topicOf.get(a.article().id())).distinct().count() > 1) {
                        e.articles().forEach(a -> System.out.printf("      article %s %s%n", topicOf.get(a.article().id()), lede(a)));
                    }
                });
            }
        });
    }

    private static String lede(ArticleAnalysis a) {
        String t = a.article().text().replaceAll("\\s+", " ");
        String day = a.article().published() == null ? "undated" : a.article().published().date().toString();
        return day + " " + (t.length() > 110 ? t.substring(0, 110) : t);
    }
}

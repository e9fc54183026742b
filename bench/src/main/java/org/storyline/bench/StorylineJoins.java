package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.cluster.StorylineAssigner;
import org.storyline.core.model.ArticleAnalysis;

/**
 * How storylines take in new events on the DUC 2004 dev half: {@code bench/run StorylineJoins [sharedDir]}.
 * Replays the corpus in publication order and prints, for every article that starts an event inside an
 * existing storyline, whether its topic is the storyline's, with the article's and the storyline's most
 * prominent names; and every storyline merge with the topics it joins.
 */
public final class StorylineJoins {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        StorylineEval.Duc duc = StorylineEval.Duc.load(shared.resolve(DucDoc.DEV));
        Map<String, String> topicOf = new HashMap<>();
        duc.docs.forEach(d -> topicOf.putIfAbsent(duc.articleOfLine.get(d.id()), d.topic()));
        List<ArticleAnalysis> ordered = new ArrayList<>(duc.analyses);
        ordered.sort(Comparator.comparing(a -> a.article().published().date()));
        StorylineAssigner assigner = new StorylineAssigner();
        NearDuplicateDetector copies = new NearDuplicateDetector();
        Map<String, ArticleProfile> profiles = new HashMap<>();
        int right = 0;
        int wrong = 0;
        for (ArticleAnalysis a : ordered) {
            if (profiles.containsKey(a.article().id()) || copies.add(a.article()).filter(o -> !o.equals(a.article().id())).isPresent()) {
                continue;
            }
            ArticleProfile p = duc.profiler.profile(a);
            profiles.put(p.id(), p);
            Map<String, List<String>> before = membersByStoryline(assigner);
            StorylineAssigner.Placement placed = assigner.assign(p);
            String topic = topicOf.get(p.id());
            for (String merged : placed.mergedStorylines()) {
                System.out.printf("MERGE %s into %s: %s + %s%n", merged, placed.storyline(),
                        topics(before.get(merged), topicOf), topics(before.get(placed.storyline()), topicOf));
            }
            if (placed.event().newStory() && !placed.newStoryline()) {
                List<String> line = before.getOrDefault(placed.storyline(), List.of());
                Map<String, Integer> lineTopics = topics(line, topicOf);
                boolean same = lineTopics.getOrDefault(topic, 0) * 2 >= line.size();
                if (same) {
                    right++;
                } else {
                    wrong++;
                }
                java.time.Instant last = line.stream().map(id -> profiles.get(id).time())
                        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
                long gap = last == null || p.time() == null ? -1 : java.time.Duration.between(last, p.time()).toDays();
                System.out.printf("%s %s %s into %s %s, %d days after its last article%n    article %s%n    line    %s%n",
                        same ? "right" : "WRONG", a.article().published().date(), topic, placed.storyline(), lineTopics, gap,
                        top(List.of(p), 6), top(line.stream().map(profiles::get).toList(), 8));
            }
        }
        System.out.printf("new events joining a storyline: %d right, %d wrong%n", right, wrong);
    }

    private static Map<String, List<String>> membersByStoryline(StorylineAssigner assigner) {
        Map<String, List<String>> events = assigner.events();
        Map<String, List<String>> out = new LinkedHashMap<>();
        assigner.storylines().forEach((line, ids) -> ids.forEach(e ->
                out.computeIfAbsent(line, k -> new ArrayList<>()).addAll(events.getOrDefault(e, List.of()))));
        return out;
    }

    private static Map<String, Integer> topics(List<String> ids, Map<String, String> topicOf) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        if (ids != null) {
            ids.forEach(id -> out.merge(topicOf.get(id), 1, Integer::sum));
        }
        return out;
    }

    private static String top(List<ArticleProfile> members, int n) {
        Map<String, Integer> weight = new HashMap<>();
        members.forEach(m -> m.prominence().forEach((name, k) -> weight.merge(name, k, Integer::sum)));
        return weight.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}

package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ClusterSettings;

/**
 * Where story clustering goes wrong on ECB+, topic by topic: {@code bench/run ClusterMisses [sharedDir]
 * [seed] [dev|test|full]}. Clusters the part in one shuffled order with the default settings and prints,
 * for each topic with an error, its predicted stories as counts of each gold event (a story holding both
 * of a topic's events is a merge of twins; an event over several stories is a split), with the headline
 * of each story's first document.
 */
public final class ClusterMisses {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        String part = args.length > 2 ? args[2] : "dev";
        Path jsonl = shared.resolve("eval/clustering/ecbplus/ecbplus_docs.jsonl");
        List<EcbPlusDoc> all = EcbPlusDoc.read(jsonl);
        List<EcbPlusDoc> docs = all.stream().filter(d -> switch (part) {
            case "dev" -> d.topic() <= ClusterEval.LAST_DEV_TOPIC;
            case "test" -> d.topic() > ClusterEval.LAST_DEV_TOPIC;
            default -> true;
        }).toList();
        Map<String, ArticleProfile> profiles = ClusterEval.profiles(jsonl, all);
        Map<String, String> storyOf = ClusterEval.storyline(ClusterEval.shuffled(docs, seed), profiles,
                ClusterSettings.DEFAULTS);
        Map<String, EcbPlusDoc> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Map<String, List<EcbPlusDoc>> stories = new LinkedHashMap<>();
        storyOf.forEach((doc, story) -> stories.computeIfAbsent(story, s -> new ArrayList<>()).add(byId.get(doc)));
        Map<Integer, List<List<EcbPlusDoc>>> byTopic = new TreeMap<>();
        for (List<EcbPlusDoc> story : stories.values()) {
            story.stream().map(EcbPlusDoc::topic).distinct()
                    .forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(story));
        }
        int twins = 0;
        int splits = 0;
        for (var e : byTopic.entrySet()) {
            List<List<EcbPlusDoc>> topicStories = e.getValue();
            topicStories.sort(Comparator.comparingInt(s -> -s.size()));
            boolean merged = topicStories.stream().anyMatch(s -> s.stream().map(EcbPlusDoc::event).distinct().count() > 1);
            long events = docs.stream().filter(d -> d.topic() == e.getKey()).map(EcbPlusDoc::event).distinct().count();
            boolean split = topicStories.size() > events;
            if (!merged && !split) {
                continue;
            }
            twins += merged ? 1 : 0;
            splits += split ? 1 : 0;
            System.out.printf("topic %d%s%s%n", e.getKey(), merged ? " MERGED" : "", split ? " SPLIT" : "");
            for (List<EcbPlusDoc> s : topicStories) {
                Map<String, Integer> counts = new TreeMap<>();
                s.forEach(d -> counts.merge(d.event(), 1, Integer::sum));
                EcbPlusDoc first = s.get(0);
                String head = first.text().lines().findFirst().orElse("");
                System.out.printf("   %-30s %s | %s%n", counts, profileLine(profiles.get(first.id())),
                        head.substring(0, Math.min(90, head.length())));
            }
        }
        System.out.printf("%d topics with twins merged, %d with an event split%n", twins, splits);
    }

    private static String profileLine(ArticleProfile p) {
        return p == null ? "(not clustered)" : (p.time() == null ? "undated" : p.time().toString().substring(0, 10));
    }
}

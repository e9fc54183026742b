package org.storyline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Clustering scores over the evaluation's shuffled orders: event-level B³ and pairwise, topic-level B³. */
record Summary(int docs, List<ClusteringScore> events, List<ClusteringScore> topics) {

    static Summary over(List<EcbPlusDoc> docs, Function<List<String>, Map<String, String>> clusterer) {
        return over(docs, ClusterEval.SEEDS, clusterer);
    }

    static Summary over(List<EcbPlusDoc> docs, long[] seeds, Function<List<String>, Map<String, String>> clusterer) {
        Map<String, String> event = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        docs.forEach(d -> {
            event.put(d.id(), d.event());
            topic.put(d.id(), Integer.toString(d.topic()));
        });
        List<ClusteringScore> events = new ArrayList<>();
        List<ClusteringScore> topics = new ArrayList<>();
        for (long seed : seeds) {
            Map<String, String> predicted = clusterer.apply(ClusterEval.shuffled(docs, seed));
            events.add(ClusteringScore.of(predicted, event));
            topics.add(ClusteringScore.of(predicted, topic));
        }
        return new Summary(docs.size(), events, topics);
    }

    double meanB3F1() {
        return ClusteringScore.mean(events.stream().map(ClusteringScore::b3F1).toList());
    }

    void print(String part) {
        List<Double> f1 = events.stream().map(ClusteringScore::b3F1).toList();
        System.out.printf("%-30s %5d %7.4f %7.4f %8.4f ±%.4f %7.4f %11.4f%n", part, docs,
                ClusteringScore.mean(events.stream().map(ClusteringScore::b3Precision).toList()),
                ClusteringScore.mean(events.stream().map(ClusteringScore::b3Recall).toList()),
                ClusteringScore.mean(f1), ClusteringScore.spread(f1),
                ClusteringScore.mean(events.stream().map(ClusteringScore::pairF1).toList()),
                ClusteringScore.mean(topics.stream().map(ClusteringScore::b3F1).toList()));
    }
}

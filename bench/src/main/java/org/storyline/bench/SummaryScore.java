package org.storyline.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.storyline.core.StoryGroups;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;
import org.storyline.core.story.StoryAssembler;
import org.storyline.core.story.StorySettings;

/**
 * Storyline's summaries of the DUC topics, scored: each topic's documents grouped as {@code analyze} groups
 * them, its biggest event assembled, that event's summary sentences in order scored by ROUGE-1 and ROUGE-2
 * recall against the topic's references; means over the topics.
 */
record SummaryScore(double rouge1, double rouge2, List<Topic> topics, double assembleSeconds) {

    /** One topic's summary and its scores. */
    record Topic(String id, int articles, int sentences, int words, int uncited, double rouge1, double rouge2, String text) {
    }

    static SummaryScore of(DucSummaries duc, DucTopics docs, RougeN rouge, StorySettings settings) {
        List<Topic> topics = new ArrayList<>();
        double r1 = 0;
        double r2 = 0;
        long nanos = 0;
        for (String topic : duc.topics()) {
            long start = System.nanoTime();
            StoryView view = largest(docs, topic, settings);
            nanos += System.nanoTime() - start;
            String text = view.summary().stream().map(SummarySentence::text).collect(Collectors.joining("\n"));
            double a = rouge.recall(text, duc.references(topic), 1);
            double b = rouge.recall(text, duc.references(topic), 2);
            int uncited = (int) view.summary().stream().filter(s -> s.citations().isEmpty()).count();
            topics.add(new Topic(topic, view.articles().size(), view.summary().size(), text.isBlank() ? 0 : text.split("\\s+").length,
                    uncited, a, b, text));
            r1 += a;
            r2 += b;
        }
        int n = Math.max(1, topics.size());
        return new SummaryScore(r1 / n, r2 / n, topics, nanos / 1e9);
    }

    /** The biggest event (most articles, the first on a tie) of a topic's documents, assembled. */
    static StoryView largest(DucTopics docs, String topic, StorySettings settings) {
        List<StoryGroups.StoryGroup> groups = new StoryGroups(docs.profiler, ClusterSettings.DEFAULTS,
                ClusterSettings.STORYLINES).group(docs.byTopic.get(topic));
        StoryGroups.StoryGroup big = groups.stream()
                .max(Comparator.comparingInt((StoryGroups.StoryGroup g) -> g.articles().size())
                        .thenComparing(g -> -groups.indexOf(g)))
                .orElseThrow();
        return new StoryAssembler(settings).assemble(big.id(), big.articles(), big.duplicateOf());
    }

    int uncited() {
        return topics.stream().mapToInt(Topic::uncited).sum();
    }
}

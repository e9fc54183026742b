package org.storyline.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.storyline.core.StoryGroups;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;
import org.storyline.core.story.StorylineAssembler;
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

    /** What is summarised of a topic's documents as grouped. */
    enum Unit {
        /** the biggest event (the protocol the bars are set on) */
        EVENT,
        /** every article of the biggest storyline (most articles), assembled as one story */
        STORYLINE,
        /** all of the topic's documents assembled as one story, as the published systems read them */
        TOPIC,
        /** the biggest storyline as the product shows it: its events assembled, then its summary from theirs */
        ARC
    }

    static SummaryScore of(DucSummaries duc, DucTopics docs, RougeN rouge, StorySettings settings) {
        return of(duc, docs, rouge, settings, Unit.EVENT);
    }

    static SummaryScore of(DucSummaries duc, DucTopics docs, RougeN rouge, StorySettings settings, Unit unit) {
        List<Topic> topics = new ArrayList<>();
        double r1 = 0;
        double r2 = 0;
        long nanos = 0;
        for (String topic : duc.topics()) {
            long start = System.nanoTime();
            List<SummarySentence> summary;
            int articles;
            if (unit == Unit.ARC) {
                StorylineView line = arc(docs, topic, settings);
                summary = line.summary();
                articles = line.articles();
            } else {
                StoryView view = unit == Unit.EVENT ? largest(docs, topic, settings) : union(docs, topic, settings, unit);
                summary = view.summary();
                articles = view.articles().size();
            }
            nanos += System.nanoTime() - start;
            String text = summary.stream().map(SummarySentence::text).collect(Collectors.joining("\n"));
            double a = rouge.recall(text, duc.references(topic), 1);
            double b = rouge.recall(text, duc.references(topic), 2);
            int uncited = (int) summary.stream().filter(s -> s.citations().isEmpty()).count();
            topics.add(new Topic(topic, articles, summary.size(), text.isBlank() ? 0 : text.split("\\s+").length,
                    uncited, a, b, text));
            r1 += a;
            r2 += b;
        }
        int n = Math.max(1, topics.size());
        return new SummaryScore(r1 / n, r2 / n, topics, nanos / 1e9);
    }

    /** The biggest event (most articles, the first on a tie) of a topic's documents, assembled. */
    static StoryView largest(DucTopics docs, String topic, StorySettings settings) {
        List<StoryGroups.StoryGroup> groups = groups(docs, topic);
        StoryGroups.StoryGroup big = groups.stream()
                .max(Comparator.comparingInt((StoryGroups.StoryGroup g) -> g.articles().size())
                        .thenComparing(g -> -groups.indexOf(g)))
                .orElseThrow();
        return new StoryAssembler(settings).assemble(big.id(), big.articles(), big.duplicateOf());
    }

    /** The biggest storyline (most articles) of a topic's documents, its events assembled, as the product shows it. */
    static StorylineView arc(DucTopics docs, String topic, StorySettings settings) {
        List<StoryGroups.StoryGroup> groups = groups(docs, topic);
        String biggest = biggestStoryline(groups);
        StoryAssembler events = new StoryAssembler(settings);
        List<StoryView> views = groups.stream().filter(g -> g.storyline().equals(biggest))
                .map(g -> events.assemble(g.id(), g.articles(), g.duplicateOf())).toList();
        return new StorylineAssembler().assemble(biggest, views);
    }

    /** The biggest storyline's articles, or all the topic's, assembled as one story. */
    static StoryView union(DucTopics docs, String topic, StorySettings settings, Unit unit) {
        List<StoryGroups.StoryGroup> groups = groups(docs, topic);
        String biggest = biggestStoryline(groups);
        List<ArticleAnalysis> articles = new ArrayList<>();
        Map<String, String> duplicateOf = new HashMap<>();
        for (StoryGroups.StoryGroup g : groups) {
            if (unit == Unit.TOPIC || g.storyline().equals(biggest)) {
                articles.addAll(g.articles());
                duplicateOf.putAll(g.duplicateOf());
            }
        }
        return new StoryAssembler(settings).assemble(topic, articles, duplicateOf);
    }

    /** A topic's documents grouped into events and storylines as {@code analyze} groups them. */
    private static List<StoryGroups.StoryGroup> groups(DucTopics docs, String topic) {
        return new StoryGroups(docs.profiler, ClusterSettings.DEFAULTS, ClusterSettings.STORYLINES)
                .group(docs.byTopic.get(topic));
    }

    /** The storyline with the most articles (the first on a tie). */
    private static String biggestStoryline(List<StoryGroups.StoryGroup> groups) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        groups.forEach(g -> sizes.merge(g.storyline(), g.articles().size(), Integer::sum));
        return sizes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
    }

    int uncited() {
        return topics.stream().mapToInt(Topic::uncited).sum();
    }
}

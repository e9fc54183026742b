package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.storyline.core.StoryGroups;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;
import org.storyline.core.story.StoryAssembler;
import org.storyline.core.story.StorySettings;

/** See the class comment once complete. */
public final class SummaryEval {

    public static void main(String[] args) throws Exception {
        boolean reportOnly = Arrays.asList(args).contains("--report-only");
        String[] paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        Path shared = Path.of(paths.length > 0 ? paths[0] : "../shared");
        Path dir = shared.resolve(DucSummaries.DEV);
        if (!Files.isDirectory(dir) || !Files.isReadable(shared.resolve(DucDoc.DEV))) {
            System.out.println("SummaryEval: skipped, " + dir + " is absent");
            return;
        }
        DucSummaries duc = DucSummaries.read(dir);
        RougePorter porter = RougePorter.withWordNet(RougePorter.WORDNET);
        if (!porter.hasExceptions()) {
            System.out.println("no WordNet exception lists in " + RougePorter.WORDNET
                    + " (Debian: apt-get install wordnet-base): ROUGE's stemming cannot be reproduced");
        }
        RougeN rouge = new RougeN(porter);
        boolean rougeOk = RougeCheck.check(duc, rouge);
        System.out.println(rougeOk ? "ROUGE check PASS" : "ROUGE check FAIL");
        DucTopics topics = DucTopics.load(shared);
        double r1 = 0;
        double r2 = 0;
        for (String topic : duc.topics()) {
            StoryView view = largest(topics, topic, StorySettings.DEFAULTS);
            String text = view.summary().stream().map(SummarySentence::text).collect(Collectors.joining("\n"));
            double a = rouge.recall(text, duc.references(topic), 1);
            double b = rouge.recall(text, duc.references(topic), 2);
            r1 += a;
            r2 += b;
            System.out.printf("%s %d sentences %d words R-1 %.4f R-2 %.4f%n", topic, view.summary().size(),
                    text.split("\\s+").length, a, b);
        }
        System.out.printf("Storyline R-1 %.4f R-2 %.4f%n", r1 / duc.topics().size(), r2 / duc.topics().size());
    }

    /** The biggest event of a topic's documents grouped as {@code analyze} groups them, assembled. */
    static StoryView largest(DucTopics topics, String topic, StorySettings settings) {
        List<StoryGroups.StoryGroup> groups = new StoryGroups(topics.profiler, ClusterSettings.DEFAULTS,
                ClusterSettings.STORYLINES).group(topics.byTopic.get(topic));
        StoryGroups.StoryGroup big = groups.stream().max(Comparator.comparingInt((StoryGroups.StoryGroup g) -> g.articles().size())
                .thenComparing(g -> -groups.indexOf(g))).orElseThrow();
        return new StoryAssembler(settings).assemble(big.id(), big.articles(), big.duplicateOf());
    }
}

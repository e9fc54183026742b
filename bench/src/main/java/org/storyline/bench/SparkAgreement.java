package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.StoryRun;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;

/**
 * Does the Spark job group as {@code analyze} does? {@code bench/run SparkAgreement [--report-only]
 * [--master local[2]] INPUT...} runs {@code bin/storyline-spark} on the inputs and {@code analyze}'s
 * {@link StoryRun} on the same inputs in this process, then scores the job's grouping against analyze's
 * (B³ and pairwise over the articles both keep). Exits 1 when B³ F1 is under 0.98, unless --report-only.
 */
public final class SparkAgreement {

    private static final double BAR = 0.98;

    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        String master = "local[2]";
        boolean reportOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--report-only" -> reportOnly = true;
                case "--master" -> master = args[++i];
                default -> inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: bench/run SparkAgreement [--report-only] [--master local[N]] INPUT...");
            System.exit(1);
        }
        SparkRun.build();
        Path out = Files.createTempDirectory("spark-agreement").resolve("out");
        SparkRun job = SparkRun.run(master, out, inputs);
        if (job.exitCode() == 1) {
            System.out.println("SparkAgreement: the job failed (exit 1)");
            System.exit(1);
        }
        long start = System.nanoTime();
        StoryRun.Result analyzed = new StoryRun().run(inputs.stream().map(Path::of).toList(), new StoryRun.Listener() {
        });
        double analyzeSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> gold = new HashMap<>();
        for (StoryView story : analyzed.stories()) {
            for (StoryArticle a : story.articles()) {
                gold.put(a.id(), story.id());
            }
        }
        Map<String, String> predicted = job.grouping();
        Map<String, String> common = new HashMap<>(gold);
        common.keySet().retainAll(predicted.keySet());
        ClusteringScore score = ClusteringScore.of(predicted, common);
        System.out.printf("SparkAgreement on %s: job (%s) %d articles in %d stories, %.0f s wall, %.0f s CPU; analyze %d articles in %d stories, %.0f s wall%n",
                String.join(" ", inputs), master, predicted.size(), predicted.values().stream().distinct().count(),
                job.wallSeconds(), job.cpuSeconds(), gold.size(), analyzed.stories().size(), analyzeSeconds);
        System.out.printf("job against analyze over %d common articles: B3 P %.4f R %.4f F1 %.4f; pairwise P %.4f R %.4f F1 %.4f%n",
                common.size(), score.b3Precision(), score.b3Recall(), score.b3F1(), score.pairPrecision(),
                score.pairRecall(), score.pairF1());
        boolean met = score.b3F1() >= BAR && common.size() == gold.size();
        System.out.println(met ? "bar met (B3 F1 >= " + BAR + ")" : "bar MISSED (B3 F1 >= " + BAR + " over every article)");
        System.exit(met || reportOnly ? 0 : 1);
    }
}

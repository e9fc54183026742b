package org.storyline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.store.RecordJson;

/**
 * The Spark job's speed in local mode, each run a separate {@code bin/storyline-spark} process as a user
 * starts it: {@code bench/run SparkSpeed [--masters local[1],local[2]] [--synthetic N] [INPUT...]}. With
 * {@code --synthetic N} the input is N generated articles ({@link SyntheticNews}: events covered by two to
 * eight outlets, four paragraphs each), written as JSON lines, a thousand to a file, and the whole
 * pipeline runs on them, NLP included. Prints for each master the wall and CPU time, the job's phases and
 * the time per article, and the speed-up of the last master over the first. The driver's heap is
 * STORYLINE_SPARK_MEMORY (3g unless set), which in local mode is also the executors'.
 */
public final class SparkSpeed {

    private static final int PER_FILE = 1000;

    public static void main(String[] args) throws Exception {
        List<String> masters = List.of("local[1]", "local[2]");
        List<String> inputs = new ArrayList<>();
        int synthetic = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--masters" -> masters = List.of(args[++i].split(","));
                case "--synthetic" -> synthetic = Integer.parseInt(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (synthetic > 0) {
            inputs.add(writeSynthetic(synthetic).toString());
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: bench/run SparkSpeed [--masters local[1],local[2]] [--synthetic N] [INPUT...]");
            System.exit(1);
        }
        SparkRun.build();
        Path work = Files.createTempDirectory("spark-speed");
        Map<String, SparkRun> runs = new LinkedHashMap<>();
        int articles = 0;
        for (String master : masters) {
            System.out.printf("SparkSpeed: %s on %s (heap %s)%n", master, String.join(" ", inputs),
                    System.getenv().getOrDefault("STORYLINE_SPARK_MEMORY", "3g"));
            SparkRun run = SparkRun.run(master, work.resolve("out-" + master.replaceAll("\\W", "")), inputs);
            articles = run.exitCode() == 1 ? 0 : run.grouping().size();
            runs.put(master, run);
            System.out.printf("  %s: exit %d, %d articles, %.1f s wall, %.1f s CPU, %.1f ms wall and %.1f ms CPU per article,"
                            + " peak resident %d MiB; phases %s%n",
                    master, run.exitCode(), articles, run.wallSeconds(), run.cpuSeconds(),
                    articles == 0 ? 0 : 1000 * run.wallSeconds() / articles,
                    articles == 0 ? 0 : 1000 * run.cpuSeconds() / articles, run.peakResidentMiB(), run.phases());
        }
        if (runs.size() > 1) {
            SparkRun first = runs.values().iterator().next();
            SparkRun last = new ArrayList<>(runs.values()).get(runs.size() - 1);
            System.out.printf("speed-up %s over %s: %.2fx by the clock (whole job, JVM start included)%n",
                    last.master(), first.master(), first.wallSeconds() / last.wallSeconds());
        }
    }

    /** N generated articles as JSON lines (outlet, published, title, text), in files of a thousand. */
    static Path writeSynthetic(int n) throws IOException {
        Path dir = Path.of("bench/target/spark-synthetic", Integer.toString(n));
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path partial = Files.createDirectories(Path.of(dir + ".partial"));
        List<ArticleAnalysis> all = new SyntheticNews(n, 2026).generate();
        for (int from = 0; from < all.size(); from += PER_FILE) {
            Path file = partial.resolve(String.format("articles-%05d.jsonl", from / PER_FILE));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (ArticleAnalysis a : all.subList(from, Math.min(all.size(), from + PER_FILE))) {
                    w.write(line(a.article()));
                    w.newLine();
                }
            }
        }
        Files.move(partial, dir);
        return dir;
    }

    private static String line(Article a) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("outlet", a.outletName());
        json.put("published", a.published().date().toString());
        json.put("title", a.title());
        json.put("text", a.text());
        return RecordJson.write(json);
    }
}

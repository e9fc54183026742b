package org.storyline.spark;

import java.io.IOException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.storyline.spark.StorylineJob JAR
 * --out DIR INPUT...} (or {@code bin/storyline-spark}). Exit codes as {@code storyline analyze}: 0 when
 * every input was read, 1 on a usage error, 2 when some inputs or records failed (listed in DIR/problems).
 */
public final class StorylineJob {

    private StorylineJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns its exit code; never exits the JVM. Without a master set, runs on local[*]. */
    public static int run(String... args) {
        JobSettings settings;
        try {
            settings = JobSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("storyline-spark: " + e.getMessage());
            return 1;
        }
        SparkConf conf = new SparkConf().setAppName("storyline").setIfMissing("spark.master", "local[*]");
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            CorpusJob.Summary summary = new CorpusJob(spark).run(settings);
            System.err.printf("storyline-spark: %d files, %d articles (%d near-duplicates) into %d events in %d storylines; %d problems; wrote %s%n",
                    summary.files(), summary.articles(), summary.copies(), summary.stories(), summary.storylines(), summary.problems(),
                    settings.out());
            summary.seconds().forEach((phase, s) -> System.err.printf("storyline-spark: %s %.1f s%n", phase, s));
            return summary.problems() == 0 ? 0 : 2;
        } catch (IOException e) {
            System.err.println("storyline-spark: " + e.getMessage());
            return 1;
        }
    }
}

package org.storyline.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The whole pipeline as one Spark job, composed in this one place from core's stages:
 * <ol>
 * <li>read and extract, one task per input file ({@link FileReader});</li>
 * <li>each article once (the same content read twice goes with its first reading), spread over the
 * partitions and analysed and profiled there ({@link ArticleAnalysisTask});</li>
 * <li>near-duplicates over the whole corpus as a band join ({@link CopyLinks});</li>
 * <li>story assignment on the driver, fed the originals' profiles in corpus order ({@link DriverGrouping});</li>
 * <li>story views assembled in parallel, one task per story ({@link StoryTask}), and the output written
 * ({@link JobOutput}).</li>
 * </ol>
 * A bad file or record is a problem row, never a failed job; a task that dies is retried by Spark.
 */
final class CorpusJob {

    /** At most this many read tasks; more files than that share tasks. */
    private static final int MAX_READ_TASKS = 10_000;
    /** Articles per partition when --partitions is not given, so a task's shuffle and output stay small. */
    static final int ARTICLES_PER_PARTITION = 1_000;
    /**
     * What the job reuses lives on local disk, never in the heap: an executor's memory is then its models
     * and its running tasks, whatever the corpus size. Kept in memory, a 100,000-article run filled Spark's
     * share of a 3 GiB heap with analyses and left CoreNLP too little (OutOfMemoryError).
     */
    private static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

    /** What a run did, with the seconds each phase took by the driver's clock. */
    record Summary(int files, long articles, long copies, long stories, long storylines, long problems, Map<String, Double> seconds) {
    }

    private final SparkSession spark;
    private final JavaSparkContext sc;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    CorpusJob(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    Summary run(JobSettings settings) throws IOException {
        JobOutput output = new JobOutput(spark, settings.out());
        output.checkEmpty();
        Configuration configuration = sc.hadoopConfiguration();
        InputListing.Listing listing = InputListing.of(settings.inputs(), configuration);
        JavaRDD<ReadOutcome> read = sc.parallelize(listing.files(),
                        Math.max(1, Math.min(listing.files().size(), MAX_READ_TASKS)))
                .flatMap(new FileReader(HadoopSettings.of(configuration)))
                .persist(KEPT);
        JavaRDD<ReadOutcome> articleReads = read.filter(ReadOutcome::isArticle);
        int partitions = partitions(settings, sc.defaultParallelism(), articleReads.count());
        JavaRDD<AnalysedArticle> analysed = articleReads
                .mapToPair(r -> new Tuple2<>(r.id(), r))
                .reduceByKey(CorpusJob::firstRead, partitions)
                .mapPartitions(new ArticleAnalysisTask())
                .persist(KEPT);
        long articles = analysed.count();
        phase("read and analyse");

        Map<String, String> copies = CopyLinks.find(analysed.map(a -> new CopyLinks.Body(a.key(), a.id(),
                a.signature(), a.shingles())), partitions);
        phase("near-duplicates");

        Broadcast<Set<String>> copyIds = sc.broadcast(Set.copyOf(copies.keySet()));
        JavaRDD<String> originals = analysed.filter(a -> !copyIds.value().contains(a.id()))
                .mapToPair(a -> new Tuple2<>(a.key(), a.profileJson()))
                .sortByKey(true, partitions)
                .values()
                .persist(KEPT);
        originals.count();
        List<Membership> members = DriverGrouping.group(originals.toLocalIterator(), copies);
        originals.unpersist();
        phase("group");

        JavaPairRDD<String, Tuple2<Membership, AnalysedArticle>> placed = sc.parallelize(members, partitions)
                .mapToPair(m -> new Tuple2<>(m.id(), m))
                .join(analysed.mapToPair(a -> new Tuple2<>(a.id(), a)))
                .persist(KEPT);
        JavaRDD<StoryTask.AssembledStory> assembled = placed.values()
                .mapToPair(p -> new Tuple2<>(p._1().story(), new Tuple2<>(p._1(), p._2().analysisJson())))
                .groupByKey(partitions)
                .map(story -> StoryTask.assemble(story._1(), story._2()))
                .persist(KEPT);
        JavaRDD<StorylineTask.AssembledStoryline> storylines = assembled
                .mapToPair(story -> new Tuple2<>(story.storyline(), story.json()))
                .groupByKey(partitions)
                .map(line -> StorylineTask.assemble(line._1(), line._2()))
                .sortBy(line -> line, true, partitions)
                .persist(KEPT);
        // events are written as analyze lists them: storyline by storyline, each storyline's in its order
        List<String> eventOrder = storylines.flatMap(line -> line.events().iterator()).collect();
        Map<String, Integer> rank = new HashMap<>();
        eventOrder.forEach(event -> rank.putIfAbsent(event, rank.size()));
        Broadcast<Map<String, Integer>> ranks = sc.broadcast(rank);
        JavaRDD<String> stories = assembled.sortBy(story -> ranks.value().getOrDefault(story.id(), Integer.MAX_VALUE),
                        true, partitions)
                .map(StoryTask.AssembledStory::json)
                .persist(KEPT);
        stories.count();
        phase("assemble");
        output.articles(placed.values().map(p -> JobOutput.articleRow(p._1(), p._2())));
        phase("write articles");
        JavaRDD<JobProblem> problems = read.filter(r -> !r.isArticle()).map(ReadOutcome::problem)
                .union(analysed.flatMap(a -> a.failures().iterator()))
                .union(sc.parallelize(listing.problems(), 1));
        long problemCount = problems.count();
        output.problems(problems);
        long storylineCount = output.lines(JobOutput.STORYLINES, storylines.map(StorylineTask.AssembledStoryline::json).toLocalIterator());
        long storyCount = output.lines(JobOutput.STORIES, stories.toLocalIterator());
        phase("write stories and problems");
        return new Summary(listing.files().size(), articles, copies.size(), storyCount, storylineCount, problemCount,
                java.util.Collections.unmodifiableMap(seconds));
    }

    /** --partitions if given, else three per core or one per {@link #ARTICLES_PER_PARTITION} articles, whichever is more. */
    static int partitions(JobSettings settings, int defaultParallelism, long articles) {
        if (settings.partitions() > 0) {
            return settings.partitions();
        }
        long bySize = (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(defaultParallelism * 3L, bySize));
    }

    private static ReadOutcome firstRead(ReadOutcome a, ReadOutcome b) {
        return a.key().compareTo(b.key()) <= 0 ? a : b;
    }

    private void phase(String name) {
        long now = System.nanoTime();
        seconds.put(name, (now - phaseStart) / 1e9);
        phaseStart = now;
    }
}

package org.storyline.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output directory: {@code articles} (Parquet, one row per article with its event and storyline,
 * the article it copies, its plain facts, and its analysis and cluster profile as the store's JSON),
 * {@code storylines.jsonl} (one storyline view a line, biggest first, as the store keeps them),
 * {@code stories.jsonl} (one event view a line, the JSON of an event of {@code analyze --json}) and
 * {@code problems} (JSON lines: every input, record or analysis stage that failed, with source, place and
 * reason). Spark's output committer writes each table's tasks once, retries included; the stories are
 * written last, from the driver, so a directory with {@code stories.jsonl} is a finished run.
 */
final class JobOutput {

    static final String ARTICLES = "articles";
    static final String STORIES = "stories.jsonl";
    static final String STORYLINES = "storylines.jsonl";
    static final String PROBLEMS = "problems";

    static final StructType ARTICLE_SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("story", DataTypes.StringType, false)
            .add("storyline", DataTypes.StringType, false)
            .add("duplicate_of", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("analysis", DataTypes.StringType, false)
            .add("profile", DataTypes.StringType, false)
            .add("notes", DataTypes.StringType, true);

    static final StructType PROBLEM_SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("where", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, false);

    private final SparkSession spark;
    private final Path out;
    private final Configuration configuration;

    JobOutput(SparkSession spark, String out) {
        this.spark = spark;
        this.out = new Path(out);
        this.configuration = spark.sparkContext().hadoopConfiguration();
    }

    /** Refuses a directory that holds anything, so a run never mixes its output with another's. */
    void checkEmpty() throws IOException {
        FileSystem fs = out.getFileSystem(configuration);
        if (fs.exists(out)) {
            FileStatus status = fs.getFileStatus(out);
            if (!status.isDirectory() || fs.listStatus(out).length > 0) {
                throw new IOException(out + " exists and is not empty; choose a new --out directory");
            }
        }
    }

    static Row articleRow(Membership member, AnalysedArticle a) {
        ArticleFacts f = a.facts();
        return RowFactory.create(f.id(), member.story(), member.storyline(), member.duplicateOf(), f.source(), f.outlet(), f.title(),
                f.url(), f.published(), f.language(), a.analysisJson(), a.profileJson(),
                a.notes().isEmpty() ? null : String.join("\n", a.notes()));
    }

    void articles(JavaRDD<Row> rows) {
        spark.createDataFrame(rows, ARTICLE_SCHEMA).write().parquet(child(ARTICLES));
    }

    void problems(JavaRDD<JobProblem> problems) {
        JavaRDD<Row> rows = problems.map(p -> RowFactory.create(p.source(), p.where(), p.reason()));
        spark.createDataFrame(rows, PROBLEM_SCHEMA).coalesce(1).write().json(child(PROBLEMS));
    }

    /** Streams JSON lines, in order, into one file of the output; returns how many. */
    long lines(String name, Iterator<String> lines) throws IOException {
        Path file = new Path(out, name);
        long n = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                file.getFileSystem(configuration).create(file, false), StandardCharsets.UTF_8))) {
            while (lines.hasNext()) {
                w.write(lines.next());
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private String child(String name) {
        return new Path(out, name).toString();
    }
}

package org.storyline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.storyline.core.RunListener;
import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;
import org.storyline.core.store.RecordJson;

/**
 * Reads one input file on an executor with core's {@code Pipeline} (ingest, then extract, whatever the
 * format: WARC, JSON lines, HTML, feeds, text, each also gzipped) and gives its articles, numbered in
 * file order, and its problems. A file that cannot be opened is a problem, never a failed task. One
 * file's extracted articles are held until it is read (core's reader pushes them), a few hundred MB for
 * a 1 GB crawl WARC of some tens of thousands of pages: size WARC files, not executors, to that.
 */
final class FileReader implements FlatMapFunction<InputFile, ReadOutcome> {

    private final HadoopSettings hadoop;

    FileReader(HadoopSettings hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<ReadOutcome> call(InputFile file) {
        List<ReadOutcome> out = new ArrayList<>();
        Path path = new Path(file.uri());
        try (InputStream in = path.getFileSystem(hadoop.configuration()).open(path)) {
            ExecutorModels.pipeline().extract(file.source(), in, new RunListener() {
                private int record;

                @Override
                public void article(Article article) {
                    out.add(ReadOutcome.article(OrderKey.of(article, file.index(), record++), article.id(),
                            RecordJson.write(article)));
                }

                @Override
                public void problem(Problem problem) {
                    out.add(ReadOutcome.failed(JobProblem.of(problem)));
                }
            });
        } catch (IOException e) {
            out.add(ReadOutcome.failed(new JobProblem(file.source(), null, "cannot open: " + e.getMessage())));
        }
        return out.iterator();
    }
}

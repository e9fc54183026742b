package org.storyline.core;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ByFormatExtractor;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.fetch.Arrival;
import org.storyline.core.ingest.Ingestor;

/**
 * The one place where stages compose. For now: ingest (of files, streams or fetched pages), then extract. Documents stream through one at a
 * time, so a run holds one document in memory, not the corpus. A document that fails at any stage
 * becomes a problem in the {@link RunReport} and the run goes on.
 */
public final class Pipeline {

    private final Ingestor ingestor;
    private final ArticleExtractor extractor;

    public Pipeline(Ingestor ingestor, ArticleExtractor extractor) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Default ingest limits; HTML pages and plain text each to their own extractor. */
    public static Pipeline standard() {
        return new Pipeline(new Ingestor(), new ByFormatExtractor(new HtmlArticleExtractor(), new TextArticleExtractor()));
    }

    /** Extracts every article under {@code inputs} (files or directories), in order. */
    public RunReport extract(List<Path> inputs, RunListener listener) {
        return extract(inputs, Set.of(), listener);
    }

    /**
     * Extracts every article under {@code inputs} except from the files in {@code leaveOut}: a run that
     * writes its output into a folder it reads must not read that output back.
     */
    public RunReport extract(List<Path> inputs, Set<Path> leaveOut, RunListener listener) {
        RunTally tally = new RunTally(extractor, listener);
        Set<Path> left = leaveOut.stream().map(Pipeline::absolute).collect(Collectors.toSet());
        List<Path> files = ingestor.files(inputs, tally).stream().filter(f -> !left.contains(absolute(f))).toList();
        listener.progress(0, files.size());
        for (int i = 0; i < files.size(); i++) {
            ingestor.read(files.get(i), tally);
            tally.fileRead();
            listener.progress(i + 1, files.size());
        }
        return tally.report();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Extracts the article of a page the watcher fetched (or of a feed item's own text). */
    public RunReport extract(Arrival arrival, RunListener listener) {
        RunTally tally = new RunTally(extractor, listener);
        ingestor.read(arrival.source(), arrival.bytes(), arrival.charset(), arrival.format(), arrival.hints(), tally);
        tally.fileRead();
        return tally.report();
    }

    /** Extracts the articles of one named stream, such as an upload. */
    public RunReport extract(String name, InputStream in, RunListener listener) {
        RunTally tally = new RunTally(extractor, listener);
        ingestor.read(name, in, tally);
        tally.fileRead();
        return tally.report();
    }
}

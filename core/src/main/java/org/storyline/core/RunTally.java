package org.storyline.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.ingest.DocumentSink;
import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/** Extracts each document the ingestor hands over, passes results on, and counts for the report. */
final class RunTally implements DocumentSink {

    private static final Pattern PLACE = Pattern.compile("(.+)#((?:line|record|item) \\d+)");

    private final ArticleExtractor extractor;
    private final RunListener listener;
    private final List<Problem> problems = new ArrayList<>();
    private int files;
    private int documents;
    private int extracted;
    private int skipped;

    RunTally(ArticleExtractor extractor, RunListener listener) {
        this.extractor = extractor;
        this.listener = listener;
    }

    @Override
    public void document(RawDocument document) {
        documents++;
        Article article;
        try {
            article = extractor.extract(document);
        } catch (ExtractionException e) {
            problem(about(document, e.getMessage() == null ? "not extracted" : e.getMessage()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // an extractor bug on strange input must cost one document, not the run
            problem(about(document, "extractor failed: " + e));
            return;
        }
        extracted++;
        listener.article(article);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
        listener.problem(problem);
    }

    @Override
    public void skipped(String source, String reason) {
        skipped++;
        listener.skipped(source, reason);
    }

    /** A problem with a document, its place in its file ("path#line 3") split back into source and where. */
    private static Problem about(RawDocument document, String reason) {
        Matcher place = PLACE.matcher(document.source());
        return place.matches()
                ? new Problem(place.group(1), place.group(2), reason)
                : new Problem(document.source(), null, reason);
    }

    void fileRead() {
        files++;
    }

    RunReport report() {
        return new RunReport(files, documents, extracted, skipped, problems);
    }
}

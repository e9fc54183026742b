package org.storyline.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/** Keeps everything a reader reports, for assertions. */
final class CollectingSink implements DocumentSink {

    final List<RawDocument> documents = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void document(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void skipped(String source, String reason) {
        skipped.add(source);
    }

    static CollectingSink read(String name, String content) {
        return read(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static CollectingSink read(String name, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        new Ingestor().read(name, bytes, sink);
        return sink;
    }
}

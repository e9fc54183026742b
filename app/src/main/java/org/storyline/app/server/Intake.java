package org.storyline.app.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.cluster.PublicationWindow;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.store.ArchiveIngest;

/**
 * Takes uploads into the archive, one at a time (the archive has one writer), each upload one atomic
 * commit: a request that fails half-way leaves nothing of itself behind. An upload's articles are placed
 * oldest first, as {@code analyze} places them.
 */
public final class Intake {

    private final UploadReader reader;
    private final ArchiveIngest ingest;
    private final Object writer;

    public Intake(UploadReader reader, ArchiveIngest ingest) {
        this(reader, ingest, new Object());
    }

    /** @param writer the lock every user of {@code ingest} holds (the server's watcher shares it) */
    public Intake(UploadReader reader, ArchiveIngest ingest, Object writer) {
        this.reader = reader;
        this.ingest = ingest;
        this.writer = writer;
    }

    public Receipt receive(String name, byte[] bytes) throws IOException {
        List<ArticleAnalysis> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        reader.read(name, bytes, articles::add, problems::add);
        articles.sort(PublicationWindow.ORDER);
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        synchronized (writer) {
            for (ArticleAnalysis article : articles) {
                String id = article.article().id();
                if (ingest.add(article) == ArchiveIngest.Outcome.ADDED) {
                    added.add(id);
                } else {
                    already.add(id);
                }
            }
            ingest.commit();
            problems.addAll(ingest.takeProblems());
        }
        return new Receipt(added, already, problems);
    }
}

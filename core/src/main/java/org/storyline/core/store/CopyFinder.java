package org.storyline.core.store;

import java.io.IOException;
import org.storyline.core.cluster.DuplicateSettings;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.model.Article;

/**
 * Near-duplicates against the whole archive with the cluster stage's {@link NearDuplicateDetector}:
 * the stored articles most like a new one are shown to a detector that also holds the current batch,
 * and the detector decides. Started afresh for each batch, so its memory stays the size of a batch.
 */
final class CopyFinder {

    private final ArchiveRecall recall;
    private final DuplicateSettings settings;
    private final int candidates;
    private NearDuplicateDetector detector;

    CopyFinder(ArchiveRecall recall, DuplicateSettings settings, int candidates) {
        this.recall = recall;
        this.settings = settings;
        this.candidates = candidates;
        reset();
    }

    void reset() {
        detector = new NearDuplicateDetector(settings);
    }

    /** The id of an article this one copies (perhaps itself a copy), or {@code null} when it is new. */
    String copied(Article article) throws IOException {
        for (ArchiveRecall.Body body : recall.similarArticles(article, candidates)) {
            detector.add(body.id(), body.paragraphs());
        }
        return detector.add(article).filter(original -> !original.equals(article.id())).orElse(null);
    }
}

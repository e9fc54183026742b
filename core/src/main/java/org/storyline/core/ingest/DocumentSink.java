package org.storyline.core.ingest;

import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * Receives what a reader finds in its inputs: documents, and problems for the parts it could not read.
 * A reader keeps going after a problem; implementations must not throw.
 */
public interface DocumentSink {

    void document(RawDocument document);

    void problem(Problem problem);

    /**
     * An input left unread on purpose (a file type Storyline does not read); not a failure.
     * Ignored unless overridden.
     */
    default void skipped(String source, String reason) {
    }
}

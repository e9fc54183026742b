package org.storyline.core.extract;

/** A document that holds no article an extractor can recover; the message says why. */
public final class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }
}

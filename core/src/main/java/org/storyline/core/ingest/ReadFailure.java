package org.storyline.core.ingest;

import java.io.EOFException;
import java.util.zip.ZipException;

/** Words for why reading stopped, shaped "what: detail" so a run report can count them by what. */
final class ReadFailure {

    private ReadFailure() {
    }

    static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof EOFException || message.contains("Unexpected end of ZLIB")) {
            return "truncated input: it ends before its last record does (" + message + ")";
        }
        if (failure instanceof ZipException) {
            return "damaged gzip: " + message;
        }
        return "read error: " + message;
    }
}

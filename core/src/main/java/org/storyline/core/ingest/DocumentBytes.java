package org.storyline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.storyline.core.model.Problem;

/**
 * The checks every single-document input passes before it is decoded: not over the size limit, not
 * empty, not binary. Each failure becomes a problem, shaped "what: detail".
 */
final class DocumentBytes {

    private DocumentBytes() {
    }

    /** The whole input when it passes, else empty after reporting why. */
    static Optional<byte[]> take(String source, InputStream in, IngestSettings settings, DocumentSink sink)
            throws IOException {
        Optional<byte[]> bytes = BoundedBytes.read(in, settings.maxDocumentBytes());
        if (bytes.isEmpty()) {
            sink.problem(new Problem(source, null, tooLarge(settings)));
            return Optional.empty();
        }
        return check(source, null, bytes.get(), sink);
    }

    /** {@code bytes} when they are non-empty text, else empty after reporting why. */
    static Optional<byte[]> check(String source, String where, byte[] bytes, DocumentSink sink) {
        if (isBlank(bytes)) {
            sink.problem(new Problem(source, where, "empty: no content"));
            return Optional.empty();
        }
        Optional<String> binary = BinarySniffer.kindOf(bytes);
        if (binary.isPresent()) {
            sink.problem(new Problem(source, where, "binary, not text: " + binary.get()));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    static String tooLarge(IngestSettings settings) {
        return "too large: over the " + settings.limitInWords() + " document limit";
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}

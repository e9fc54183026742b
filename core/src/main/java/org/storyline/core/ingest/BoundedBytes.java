package org.storyline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a whole input only when it fits the document limit, so a 50 MB file costs at most the limit in
 * memory, never the file's size.
 */
final class BoundedBytes {

    private BoundedBytes() {
    }

    /** All of {@code in}, or empty when it holds more than {@code limit} bytes (then it is read no further). */
    static Optional<byte[]> read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}

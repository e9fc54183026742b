package org.storyline.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines one at a time, with a length cap: a line over the cap is skipped to its end without
 * being kept, so one giant line cannot exhaust memory and the lines after it are still read.
 */
final class LineReader {

    /** Returned by {@link #next()} for a line that was over the cap. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final long cap;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private int number;

    LineReader(InputStream in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The 1-based number of the line last returned. */
    int lineNumber() {
        return number;
    }

    /** The next line without its line break, {@link #TOO_LONG}, or {@code null} at the end of the input. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.write(buffer, start, position - start);
                if (line.size() > cap) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                }
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        number++;
        if (tooLong) {
            return TOO_LONG;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            byte[] trimmed = new byte[length - 1];
            System.arraycopy(bytes, 0, trimmed, 0, length - 1);
            return trimmed;
        }
        return bytes;
    }
}

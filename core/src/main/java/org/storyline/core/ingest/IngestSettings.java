package org.storyline.core.ingest;

/**
 * Limits that keep one bad input from exhausting the machine.
 *
 * @param maxDocumentBytes the most bytes one document may have (a page, a JSON line, a WARC payload,
 *                         a whole {@code .json} file); a larger one becomes a problem and is not read
 *                         into memory
 */
public record IngestSettings(long maxDocumentBytes) {

    /** 10 MB a document: far above any news article, far below a heap. */
    public static final IngestSettings DEFAULTS = new IngestSettings(10L * 1024 * 1024);

    public IngestSettings {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxDocumentBytes out of range: " + maxDocumentBytes);
        }
    }

    /** The limit in words, for problem reports. */
    String limitInWords() {
        return Sizes.inWords(maxDocumentBytes);
    }
}

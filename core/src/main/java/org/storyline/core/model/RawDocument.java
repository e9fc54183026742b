package org.storyline.core.model;

import java.util.Objects;

/**
 * One document as read from an input, before extraction.
 *
 * @param id      stable content-hash id: re-reading the same bytes gives the same id
 * @param source  where it came from, for reports: a path, with {@code #line 12} or {@code #record 3}
 *                when the file holds several documents
 * @param format  how {@code content} is to be read
 * @param content the decoded text of the document
 * @param hints   metadata supplied by the container, never {@code null}
 */
public record RawDocument(String id, String source, DocumentFormat format, String content, DocumentHints hints) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? DocumentHints.NONE : hints;
    }
}

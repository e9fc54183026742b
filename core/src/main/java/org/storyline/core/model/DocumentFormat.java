package org.storyline.core.model;

/** How the content of a {@link RawDocument} is to be read by the extractor. */
public enum DocumentFormat {
    /** An HTML page (from a file, a WARC response, a JSON {@code html} field or a feed's full content). */
    HTML,
    /** Plain text, possibly scraped with the site's boilerplate still in it. */
    TEXT
}

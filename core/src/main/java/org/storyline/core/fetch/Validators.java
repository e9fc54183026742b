package org.storyline.core.fetch;

/**
 * What a server said last time to let a client ask "has it changed?": the ETag and Last-Modified
 * headers, sent back as If-None-Match and If-Modified-Since. Either may be {@code null}.
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}

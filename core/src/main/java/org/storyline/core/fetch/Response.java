package org.storyline.core.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP answer, its body already decompressed.
 *
 * @param url          the URL asked for (redirects are answers of their own)
 * @param status       the HTTP status code
 * @param contentType  the Content-Type header, or {@code null}
 * @param body         the body, never {@code null}
 * @param etag         the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 * @param location     the Location header (redirects), or {@code null}
 * @param retryAfter   how long a 429 or 503 asks to wait, or {@code null}
 */
record Response(URI url, int status, String contentType, byte[] body, String etag, String lastModified,
                String location, Duration retryAfter) {

    /** The media type without parameters, lower case, or {@code ""} when the server named none. */
    String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type names, or {@code null}. */
    String charset() {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && location != null;
    }

    /** An answer worth asking again for: the server is overloaded or failing for now. */
    boolean isPassing() {
        return status == 429 || status >= 500;
    }
}

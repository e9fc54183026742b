package org.storyline.core.fetch;

import java.net.URI;

/**
 * The end of one polite fetch.
 *
 * @param url      where it ended: the URL after redirects
 * @param response the answer (for {@link FetchStatus#FETCHED} and {@link FetchStatus#NOT_MODIFIED}), else {@code null}
 * @param reason   why it failed or was not fetched, else {@code null}
 */
record Fetch(FetchStatus status, URI url, Response response, String reason) {

    static Fetch of(FetchStatus status, URI url, Response response) {
        return new Fetch(status, url, response, null);
    }

    static Fetch failed(FetchStatus status, URI url, String reason) {
        return new Fetch(status, url, null, reason);
    }
}

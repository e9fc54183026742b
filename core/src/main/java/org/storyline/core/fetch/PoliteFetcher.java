package org.storyline.core.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches a URL as a polite crawler does: only http and https; robots.txt asked first and obeyed at
 * every redirect hop; the host's delay and connection limit kept ({@link HostGate}); timeouts, refused
 * connections and 5xx/429 answers tried again after a doubling wait (or the server's Retry-After, up to
 * the crawl-delay cap); at most {@link FetchSettings#maxRedirects} redirects; bodies bounded and of a
 * type the caller reads. Never throws for what a server does: every end is a {@link Fetch}. Thread-safe.
 */
final class PoliteFetcher {

    private final FetchSettings settings;
    private final WebClient client;
    private final HostGate gate;
    private final RobotsCache robots;

    PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = new WebClient(settings);
        this.gate = new HostGate(settings.hostConnections());
        this.robots = new RobotsCache(client, gate, settings);
    }

    Fetch fetch(URI url, Validators validators, Wanted wanted) throws InterruptedException {
        URI current = url;
        for (int hops = 0; hops <= settings.maxRedirects(); hops++) {
            if (!PageUrl.fetchable(current)) {
                return Fetch.failed(FetchStatus.FAILED, current, "only http and https URLs are fetched");
            }
            RobotsCache.HostRules rules = robots.rules(current);
            if (rules.unreachable() != null) {
                return Fetch.failed(FetchStatus.UNREACHABLE, current, rules.unreachable());
            }
            if (!rules.allows(current)) {
                return Fetch.failed(FetchStatus.DISALLOWED, current, "disallowed by robots.txt");
            }
            Response response;
            try {
                response = exchange(current, validators, wanted, rules.delay(settings));
            } catch (FetchFailure failure) {
                return Fetch.failed(failure.passing() ? FetchStatus.UNREACHABLE : FetchStatus.FAILED, current, failure.getMessage());
            }
            if (response.isRedirect()) {
                Optional<URI> next = PageUrl.parse(response.location(), current);
                if (next.isEmpty()) {
                    return Fetch.failed(FetchStatus.FAILED, current, "redirected to an address that is not an http or https URL");
                }
                current = next.get();
                continue;
            }
            return ended(current, response, wanted);
        }
        return Fetch.failed(FetchStatus.FAILED, current, "more than " + settings.maxRedirects() + " redirects");
    }

    private static Fetch ended(URI url, Response response, Wanted wanted) {
        int status = response.status();
        if (status == 304) {
            return Fetch.of(FetchStatus.NOT_MODIFIED, url, response);
        }
        if (status >= 200 && status < 300) {
            if (!wanted.reads(response.mediaType())) {
                return Fetch.failed(FetchStatus.FAILED, url, (wanted == Wanted.PAGE ? "not an HTML page: " : "not a feed: ")
                        + response.mediaType());
            }
            return Fetch.of(FetchStatus.FETCHED, url, response);
        }
        return Fetch.failed(response.isPassing() ? FetchStatus.UNREACHABLE : FetchStatus.FAILED, url, "HTTP " + status);
    }

    /** One URL asked for, with retries after passing failures. */
    private Response exchange(URI url, Validators validators, Wanted wanted, Duration delay)
            throws FetchFailure, InterruptedException {
        String origin = PageUrl.origin(url);
        for (int attempt = 0; ; attempt++) {
            Response response = null;
            try (HostGate.Pass pass = gate.enter(origin, delay)) {
                response = client.get(url, validators, wanted.accept, wanted.limit(settings));
            } catch (FetchFailure failure) {
                if (!failure.passing() || attempt >= settings.retries()) {
                    throw failure;
                }
            }
            if (response != null && (!response.isPassing() || attempt >= settings.retries())) {
                return response;
            }
            Thread.sleep(wait(attempt, response).toMillis());
        }
    }

    private Duration wait(int attempt, Response response) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt, 16));
        if (response != null && response.retryAfter() != null) {
            Duration asked = response.retryAfter().compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : response.retryAfter();
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return wait;
    }
}

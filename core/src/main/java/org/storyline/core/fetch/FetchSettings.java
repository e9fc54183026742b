package org.storyline.core.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently the watcher fetches. Defaults are those of a well-behaved crawler: one
 * connection per host and a second between its requests (longer when robots.txt asks, up to
 * {@code maxCrawlDelay}), a few retries with doubling waits on 5xx answers and timeouts.
 *
 * @param contact         a URL or address for site owners, sent in the User-Agent, or {@code null}
 * @param hostDelay       the least time between the starts of two requests to one host
 * @param hostConnections the most requests in flight to one host
 * @param threads         the most requests in flight in all
 * @param connectTimeout  how long a connection may take to open
 * @param requestTimeout  how long one request may take, from sending it to the last byte of the body
 * @param retries         further tries after a timeout, a refused connection or a 5xx/429 answer
 * @param backoff         the wait before the first retry; it doubles with each retry
 * @param maxRedirects    the most redirects followed for one URL
 * @param maxPageBytes    the largest article page, after decompression
 * @param maxFeedBytes    the largest feed, sitemap or robots.txt, after decompression
 * @param maxCrawlDelay   the longest robots.txt Crawl-delay obeyed; a longer one is cut to this
 * @param robotsTtl       how long a host's robots.txt is kept before it is fetched again
 * @param pageAttempts    rounds in which a page that failed for a passing reason (timeout, 5xx, host
 *                        down) is tried again before the item falls back to the feed's own text
 */
public record FetchSettings(String contact, Duration hostDelay, int hostConnections, int threads,
                            Duration connectTimeout, Duration requestTimeout, int retries, Duration backoff,
                            int maxRedirects, long maxPageBytes, long maxFeedBytes, Duration maxCrawlDelay,
                            Duration robotsTtl, int pageAttempts) {

    /** The product token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "storyline";
    static final String PRODUCT = "Storyline/0.1";

    public static final FetchSettings DEFAULTS = new FetchSettings(null, Duration.ofSeconds(1), 1, 8,
            Duration.ofSeconds(10), Duration.ofSeconds(30), 2, Duration.ofSeconds(2), 5, 10L << 20, 20L << 20,
            Duration.ofSeconds(30), Duration.ofHours(24), 3);

    public FetchSettings {
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        Objects.requireNonNull(robotsTtl, "robotsTtl");
        if (hostDelay.isNegative() || backoff.isNegative() || connectTimeout.isZero() || connectTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative and timeouts must be positive");
        }
        if (hostConnections < 1 || threads < 1 || retries < 0 || maxRedirects < 0 || pageAttempts < 1
                || maxPageBytes < 1 || maxFeedBytes < 1) {
            throw new IllegalArgumentException("connections, threads, attempts and sizes must be positive");
        }
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    /** The User-Agent header: the product, and the contact when one is given. */
    public String userAgent() {
        return PRODUCT + " (news story engine" + (contact == null ? "" : "; +" + contact) + ")";
    }

    public FetchSettings withContact(String value) {
        return new FetchSettings(value, hostDelay, hostConnections, threads, connectTimeout, requestTimeout, retries,
                backoff, maxRedirects, maxPageBytes, maxFeedBytes, maxCrawlDelay, robotsTtl, pageAttempts);
    }

    public FetchSettings withPoliteness(Duration delay, int connections) {
        return new FetchSettings(contact, delay, connections, threads, connectTimeout, requestTimeout, retries,
                backoff, maxRedirects, maxPageBytes, maxFeedBytes, maxCrawlDelay, robotsTtl, pageAttempts);
    }

    public FetchSettings withTimeouts(Duration connect, Duration request) {
        return new FetchSettings(contact, hostDelay, hostConnections, threads, connect, request, retries,
                backoff, maxRedirects, maxPageBytes, maxFeedBytes, maxCrawlDelay, robotsTtl, pageAttempts);
    }

    public FetchSettings withRetries(int count, Duration firstWait) {
        return new FetchSettings(contact, hostDelay, hostConnections, threads, connectTimeout, requestTimeout, count,
                firstWait, maxRedirects, maxPageBytes, maxFeedBytes, maxCrawlDelay, robotsTtl, pageAttempts);
    }

    public FetchSettings withLimits(int redirects, long pageBytes, long feedBytes) {
        return new FetchSettings(contact, hostDelay, hostConnections, threads, connectTimeout, requestTimeout, retries,
                backoff, redirects, pageBytes, feedBytes, maxCrawlDelay, robotsTtl, pageAttempts);
    }

    public FetchSettings withPageAttempts(int attempts) {
        return new FetchSettings(contact, hostDelay, hostConnections, threads, connectTimeout, requestTimeout, retries,
                backoff, maxRedirects, maxPageBytes, maxFeedBytes, maxCrawlDelay, robotsTtl, attempts);
    }
}

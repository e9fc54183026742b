package org.storyline.core.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's robots.txt, fetched once and kept for {@link FetchSettings#robotsTtl}, read by
 * crawler-commons for the {@value FetchSettings#ROBOT_NAME} agent. As RFC 9309 says: a missing
 * robots.txt (4xx) allows everything; one the server fails to give (5xx) or a host that cannot be
 * reached holds the host's pages back until a later try. Thread-safe; one fetch per host at a time.
 */
final class RobotsCache {

    /** A failed robots.txt is tried again after this, so a host that comes back is not shut out for a day. */
    private static final Duration FAILURE_TTL = Duration.ofMinutes(5);

    /** A host's rules, or why they could not be had. */
    record HostRules(BaseRobotRules rules, String unreachable, long expiresAt) {

        boolean allows(URI url) {
            return rules.isAllowed(url.toString());
        }

        /** The wait between requests to the host: the setting, or robots.txt's Crawl-delay up to the cap. */
        Duration delay(FetchSettings settings) {
            long crawlDelay = rules == null ? BaseRobotRules.UNSET_CRAWL_DELAY : rules.getCrawlDelay();
            if (crawlDelay <= 0) {
                return settings.hostDelay();
            }
            Duration asked = Duration.ofMillis(Math.min(crawlDelay, settings.maxCrawlDelay().toMillis()));
            return asked.compareTo(settings.hostDelay()) > 0 ? asked : settings.hostDelay();
        }
    }

    private final WebClient client;
    private final HostGate gate;
    private final FetchSettings settings;
    private final Map<String, HostRules> rules = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RobotsCache(WebClient client, HostGate gate, FetchSettings settings) {
        this.client = client;
        this.gate = gate;
        this.settings = settings;
    }

    HostRules rules(URI url) throws InterruptedException {
        String origin = PageUrl.origin(url);
        synchronized (locks.computeIfAbsent(origin, key -> new Object())) {
            HostRules known = rules.get(origin);
            if (known != null && known.expiresAt() > System.nanoTime()) {
                return known;
            }
            HostRules fetched = fetch(URI.create(origin + "/robots.txt"));
            rules.put(origin, fetched);
            return fetched;
        }
    }

    private HostRules fetch(URI robots) throws InterruptedException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI current = robots;
        for (int hops = 0; hops <= 5; hops++) {
            Response response;
            try {
                response = ask(current);
            } catch (FetchFailure failure) {
                return unreachable("robots.txt could not be fetched (" + failure.getMessage() + ")");
            }
            if (response.isRedirect()) {
                var next = PageUrl.parse(response.location(), current);
                if (next.isEmpty()) {
                    break;
                }
                current = next.get();
                continue;
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                return kept(parser.parseContent(current.toString(), response.body(), response.contentType(),
                        List.of(FetchSettings.ROBOT_NAME)));
            }
            if (status == 429 || status >= 500) {
                return unreachable("robots.txt answered HTTP " + status + "; the host's pages wait for a later round");
            }
            return kept(parser.failedFetch(status));
        }
        return kept(parser.failedFetch(404)); // a redirect loop: treated as no robots.txt, as crawlers do
    }

    /** robots.txt, asked for politely, with the retries any request gets. */
    private Response ask(URI url) throws FetchFailure, InterruptedException {
        FetchFailure last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(settings.backoff().toMillis() << (attempt - 1));
            }
            try (HostGate.Pass pass = gate.enter(PageUrl.origin(url), settings.hostDelay())) {
                Response response = client.get(url, Validators.NONE, "text/plain, */*;q=0.5", settings.maxFeedBytes());
                if (!response.isPassing() || attempt == settings.retries()) {
                    return response;
                }
            } catch (FetchFailure failure) {
                if (!failure.passing()) {
                    throw failure;
                }
                last = failure;
            }
        }
        throw last;
    }

    private HostRules kept(BaseRobotRules parsed) {
        return new HostRules(parsed, null, System.nanoTime() + settings.robotsTtl().toNanos());
    }

    private HostRules unreachable(String reason) {
        Duration ttl = FAILURE_TTL.compareTo(settings.robotsTtl()) < 0 ? FAILURE_TTL : settings.robotsTtl();
        return new HostRules(null, reason, System.nanoTime() + ttl.toNanos());
    }
}

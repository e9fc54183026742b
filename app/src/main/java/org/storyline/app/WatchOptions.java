package org.storyline.app;

import java.time.Duration;
import org.storyline.app.watch.DurationConverter;
import org.storyline.core.fetch.FetchSettings;
import picocli.CommandLine.Option;

/** How the watcher fetches, shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "10m",
            description = "time between rounds (default: ${DEFAULT-VALUE})")
    Duration every;

    @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1s",
            description = "least time between two requests to one host; robots.txt may ask for more (default: ${DEFAULT-VALUE})")
    Duration delay;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "1",
            description = "most requests at once to one host (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30s",
            description = "longest one request may take, body included (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "tries again after a timeout or a 5xx answer, waiting longer each time (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(names = "--contact", paramLabel = "URL", description = "a URL or address for site owners, sent in the User-Agent")
    String contact;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20",
            description = "articles per atomic commit (default: ${DEFAULT-VALUE})")
    int batch;

    FetchSettings settings() {
        FetchSettings defaults = FetchSettings.DEFAULTS;
        Duration connect = timeout.compareTo(defaults.connectTimeout()) < 0 ? timeout : defaults.connectTimeout();
        return defaults.withContact(contact)
                .withPoliteness(delay, connections)
                .withTimeouts(connect, timeout)
                .withRetries(retries, defaults.backoff());
    }
}

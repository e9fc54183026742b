package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolitenessTest {

    private LocalSite site;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        String[][] items = new String[4][];
        for (int i = 0; i < items.length; i++) {
            String path = "/p" + i + ".html";
            items[i] = item(site.url(path), "Story " + i);
            site.route(path, exchange -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                LocalSite.send(exchange, 200, "text/html", FeedText.page(path, "Text of " + path).getBytes(StandardCharsets.UTF_8));
            });
        }
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Feed", items));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void noMoreThanTheConnectionLimitRunAtOnceOnOneHost() throws Exception {
        new Watcher(QUICK.withPoliteness(Duration.ZERO, 2), new MemoryLedger(), 10).round(List.of(site.url("/feed.xml")), new RecordingSink());

        assertThat(most.get()).isBetween(1, 2);
    }
}

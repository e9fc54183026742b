package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One slow, dead, failing or odd host or feed costs only itself. */
class FailingHostsTest {

    private LocalSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        site.put("/good.xml", "application/rss+xml", FeedText.rss("Good", item(site.url("/good.html"), "Good")));
        site.put("/good.html", "text/html", FeedText.page("Good", "A good story."));
    }

    /** Holds the slow page's answer until the test is over. */
    private final CountDownLatch over = new CountDownLatch(1);

    @AfterEach
    void stop() {
        over.countDown();
        site.close();
    }

    private RoundReport round(String... feeds) throws Exception {
        return new Watcher(QUICK, ledger, 10).round(List.of(feeds), sink);
    }

    @Test
    void aSlowPageTimesOutAndIsTriedAgainNextRound() throws Exception {
        site.put("/slow.xml", "application/rss+xml", FeedText.rss("Slow", item(site.url("/slow.html"), "Slow")));
        site.route("/slow.html", exchange -> {
            await(over);
            LocalSite.send(exchange, 200, "text/html", new byte[0]);
        });
        FetchSettings impatient = QUICK.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));

        RoundReport round = new Watcher(impatient, ledger, 10).round(List.of(site.url("/slow.xml"), site.url("/good.xml")), sink);

        assertThat(sink.urls()).containsExactly(site.url("/good.html"));
        assertThat(round.retrying()).isEqualTo(1);
        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("timed out"));
        PageState slow = ledger.page(site.url("/slow.html")).orElseThrow();
        assertThat(slow.status()).isEqualTo(PageStatus.PENDING);
        assertThat(slow.attempts()).isEqualTo(1);
    }

    @Test
    void aDeadHostFailsItsFeedAndTheOthersGoOn() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closedPort + "/feed.xml";

        RoundReport round = round(dead, site.url("/good.xml"));

        assertThat(sink.urls()).containsExactly(site.url("/good.html"));
        assertThat(round.failedFeeds()).isEqualTo(1);
        assertThat(round.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(dead);
            assertThat(p.reason()).contains("cannot connect");
        });
        assertThat(ledger.feed(dead).orElseThrow().status()).isEqualTo(FeedStatus.FAILED);
    }

    @Test
    void aMalformedFeedFailsAloneWithItsReason() throws Exception {
        site.put("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><link>");

        RoundReport round = round(site.url("/broken.xml"), site.url("/good.xml"));

        assertThat(sink.urls()).containsExactly(site.url("/good.html"));
        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("malformed feed"));
    }

    @Test
    void anHtmlPageGivenAsAFeedIsNotAFeed() throws Exception {
        RoundReport round = round(site.url("/good.html"));

        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("<html>"));
    }

    @Test
    void aServerErrorIsRetriedAfterAWait() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.put("/flaky.xml", "application/rss+xml", FeedText.rss("Flaky", item(site.url("/flaky.html"), "Flaky")));
        site.route("/flaky.html", exchange -> {
            if (calls.incrementAndGet() == 1) {
                LocalSite.send(exchange, 503, "text/plain", new byte[0]);
            } else {
                LocalSite.send(exchange, 200, "text/html", FeedText.page("Flaky", "Back up.").getBytes(StandardCharsets.UTF_8));
            }
        });

        RoundReport round = round(site.url("/flaky.xml"));

        assertThat(calls).hasValue(2);
        assertThat(round.stored()).isEqualTo(1);
        assertThat(round.allSucceeded()).isTrue();
    }

    @Test
    void aNonHtmlPageFallsBackToTheFeedsOwnText() throws Exception {
        site.put("/pdf.xml", "application/rss+xml", FeedText.rss("Reports",
                item(site.url("/report.pdf"), "Annual report", "The council published its annual report.")));
        site.put("/report.pdf", "application/pdf", "%PDF-1.7 not really");

        RoundReport round = round(site.url("/pdf.xml"));

        assertThat(sink.arrivals).singleElement().satisfies(a -> {
            assertThat(a.fromFeed()).isTrue();
            assertThat(a.source()).contains("the feed's text");
            assertThat(a.hints().url()).isEqualTo(site.url("/report.pdf"));
            assertThat(RecordingSink.text(a)).isEqualTo("The council published its annual report.");
        });
        assertThat(round.fromFeed()).isEqualTo(1);
        assertThat(ledger.page(site.url("/report.pdf")).orElseThrow())
                .satisfies(p -> assertThat(p.status()).isEqualTo(PageStatus.FROM_FEED))
                .satisfies(p -> assertThat(p.reason()).contains("not an HTML page: application/pdf"));
        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("feed's own text"));
    }

    @Test
    void aPageWithNoArticleFallsBackToTheFeedsOwnText() throws Exception {
        site.put("/thin.xml", "application/rss+xml", FeedText.rss("Thin",
                item(site.url("/thin.html"), "Thin", "The full summary of the thin story.")));
        site.put("/thin.html", "text/html", "<html><body>NO ARTICLE</body></html>");

        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/thin.xml")), sink);

        assertThat(sink.arrivals).extracting(Arrival::fromFeed).containsExactly(false, true);
        assertThat(ledger.status(site.url("/thin.html"))).isEqualTo(PageStatus.FROM_FEED);
    }

    @Test
    void aPageOverTheSizeLimitIsNotRead() throws Exception {
        site.put("/big.xml", "application/rss+xml", FeedText.rss("Big", item(site.url("/big.html"), "Big")));
        site.put("/big.html", "text/html", "x".repeat(5_000));

        RoundReport round = new Watcher(QUICK.withLimits(5, 1_000, 100_000), ledger, 10).round(List.of(site.url("/big.xml")), sink);

        assertThat(sink.arrivals).isEmpty();
        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("too large"));
        assertThat(ledger.status(site.url("/big.html"))).isEqualTo(PageStatus.FAILED);
    }

    @Test
    void aPageThatKeepsFailingFallsBackAfterItsLastAttempt() throws Exception {
        site.put("/down.xml", "application/rss+xml", FeedText.rss("Down", item(site.url("/down.html"), "Down", "Short text.")));
        site.route("/down.html", exchange -> LocalSite.send(exchange, 500, "text/plain", new byte[0]));
        Watcher watcher = new Watcher(QUICK.withPageAttempts(2), ledger, 10);

        watcher.round(List.of(site.url("/down.xml")), sink);
        RoundReport second = watcher.round(List.of(site.url("/down.xml")), sink);

        assertThat(second.fromFeed()).isEqualTo(1);
        assertThat(ledger.status(site.url("/down.html"))).isEqualTo(PageStatus.FROM_FEED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedirectTest {

    private LocalSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        site.put("/story.html", "text/html", FeedText.page("Bridge", "The bridge opened."));
        site.route("/go/1", exchange -> redirect(exchange, "/story.html"));
        site.route("/loop/a", exchange -> redirect(exchange, "/loop/b"));
        site.route("/loop/b", exchange -> redirect(exchange, "/loop/a"));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String to) throws java.io.IOException {
        exchange.getResponseHeaders().set("Location", to);
        LocalSite.send(exchange, 301, null, new byte[0]);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aRedirectedPageIsStoredUnderItsCanonicalUrl() throws Exception {
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire", item(site.url("/go/1"), "Bridge")));

        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(sink.urls()).containsExactly(site.url("/story.html"));
        PageState page = ledger.page(site.url("/go/1")).orElseThrow();
        assertThat(page.canonical()).isEqualTo(site.url("/story.html"));
        assertThat(ledger.status(site.url("/story.html"))).isEqualTo(PageStatus.STORED);
    }

    @Test
    void anItemLinkingToTheCanonicalUrlLaterIsNotFetchedAgain() throws Exception {
        Watcher watcher = new Watcher(QUICK, ledger, 10);
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire", item(site.url("/go/1"), "Bridge")));
        watcher.round(List.of(site.url("/feed.xml")), sink);
        site.put("/other.xml", "application/rss+xml", FeedText.rss("Other", item(site.url("/story.html"), "Bridge")));
        site.clearLog();

        watcher.round(List.of(site.url("/other.xml")), sink);

        assertThat(site.paths()).doesNotContain("/story.html");
        assertThat(sink.arrivals).hasSize(1);
    }

    @Test
    void twoLinksRedirectingToOnePageStoreItOnce() throws Exception {
        site.route("/go/2", exchange -> redirect(exchange, "/story.html"));
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire",
                item(site.url("/go/1"), "Bridge"), item(site.url("/go/2"), "Bridge again")));

        RoundReport round = new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(sink.arrivals).hasSize(1);
        assertThat(round.duplicates()).isEqualTo(1);
    }

    @Test
    void aMovedFeedIsStillAskedConditionally() throws Exception {
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire", item(site.url("/story.html"), "Bridge")));
        site.route("/old.xml", exchange -> redirect(exchange, "/feed.xml"));
        Watcher watcher = new Watcher(QUICK, ledger, 10);
        watcher.round(List.of(site.url("/old.xml")), sink);
        site.clearLog();

        watcher.round(List.of(site.url("/old.xml")), sink);

        assertThat(site.requests()).filteredOn(r -> r.path().equals("/feed.xml")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(304));
    }

    @Test
    void aRedirectLoopFailsThePageWithItsReason() throws Exception {
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire", item(site.url("/loop/a"), "Loop")));

        RoundReport round = new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("more than 5 redirects"));
        assertThat(ledger.status(site.url("/loop/a"))).isEqualTo(PageStatus.FAILED);
    }

    @Test
    void aRedirectIntoADisallowedFolderIsNotFollowed() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.route("/go/3", exchange -> redirect(exchange, "/private/story.html"));
        site.put("/private/story.html", "text/html", FeedText.page("Hidden", "Hidden text."));
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Wire", item(site.url("/go/3"), "Hidden")));

        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.paths()).doesNotContain("/private/story.html");
        assertThat(ledger.status(site.url("/go/3"))).isEqualTo(PageStatus.DISALLOWED);
    }
}

package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsTest {

    private LocalSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Valley Ledger",
                item(site.url("/news/open.html"), "Open", "Summary of the open story."),
                item(site.url("/members/closed.html"), "Closed", "Summary of the closed story.")));
        site.put("/news/open.html", "text/html", FeedText.page("Open", "An open story."));
        site.put("/members/closed.html", "text/html", FeedText.page("Closed", "A closed story."));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aDisallowedPageIsNeverFetched() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");

        RoundReport round = new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.paths()).contains("/news/open.html").doesNotContain("/members/closed.html");
        assertThat(ledger.status(site.url("/members/closed.html"))).isEqualTo(PageStatus.DISALLOWED);
        assertThat(sink.urls()).containsExactly(site.url("/news/open.html"));
        assertThat(round.disallowed()).isEqualTo(1);
        assertThat(round.allSucceeded()).isTrue();
    }

    @Test
    void aGroupForStorylineOverridesTheGeneralOne() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /members/\n");

        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(sink.urls()).containsExactly(site.url("/news/open.html"));
    }

    @Test
    void robotsTxtIsAskedOncePerHostInARound() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");

        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.paths()).containsOnlyOnce("/robots.txt");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(sink.urls()).hasSize(2);
    }

    @Test
    void aFailingRobotsTxtHoldsTheHostsPagesBackForALaterRound() throws Exception {
        site.route("/robots.txt", exchange -> LocalSite.send(exchange, 503, "text/plain", new byte[0]));

        RoundReport round = new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.paths()).doesNotContain("/feed.xml", "/news/open.html");
        assertThat(round.failedFeeds()).isEqualTo(1);
        assertThat(round.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("robots.txt answered HTTP 503"));
    }

    @Test
    void everyRequestNamesStorylineAndTheContact() throws Exception {
        new Watcher(QUICK.withContact("https://newsroom.example/bot"), ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.requests()).extracting(LocalSite.Request::userAgent)
                .allSatisfy(agent -> assertThat(agent).startsWith("Storyline/").contains("+https://newsroom.example/bot"));
    }
}

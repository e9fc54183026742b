package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConditionalFetchTest {

    private LocalSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Harbour Courier",
                item(site.url("/a.html"), "Quay reopens")));
        site.put("/a.html", "text/html", FeedText.page("Quay reopens", "The quay reopened on Monday."));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void unchangedFeedIsAnswered304AndFetchesNoPage() throws Exception {
        Watcher watcher = new Watcher(QUICK, ledger, 10);
        watcher.round(List.of(site.url("/feed.xml")), sink);
        site.clearLog();

        RoundReport second = watcher.round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.requests()).filteredOn(r -> r.path().equals("/feed.xml")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(304))
                .satisfies(r -> assertThat(r.ifNoneMatch()).isNotNull());
        assertThat(site.paths()).doesNotContain("/a.html");
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.allSucceeded()).isTrue();
    }

    @Test
    void feedValidatorsAreKeptInTheLedger() throws Exception {
        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        FeedState feed = ledger.feed(site.url("/feed.xml")).orElseThrow();
        assertThat(feed.validators().etag()).isNotBlank();
        assertThat(feed.validators().lastModified()).isEqualTo("Mon, 03 Mar 2025 10:00:00 GMT");
        assertThat(feed.status()).isEqualTo(FeedStatus.FETCHED);
        assertThat(feed.title()).isEqualTo("Harbour Courier");
        assertThat(feed.newItems()).isEqualTo(1);
    }

    @Test
    void aChangedFeedBringsOnlyItsNewItem() throws Exception {
        Watcher watcher = new Watcher(QUICK, ledger, 10);
        watcher.round(List.of(site.url("/feed.xml")), sink);
        site.put("/feed.xml", "application/rss+xml", FeedText.rss("Harbour Courier",
                item(site.url("/b.html"), "Ferry returns"), item(site.url("/a.html"), "Quay reopens")));
        site.put("/b.html", "text/html", FeedText.page("Ferry returns", "The ferry returned on Tuesday."));
        site.clearLog();

        RoundReport next = watcher.round(List.of(site.url("/feed.xml")), sink);

        assertThat(site.paths()).containsExactlyInAnyOrder("/feed.xml", "/b.html");
        assertThat(next.newItems()).isEqualTo(1);
        assertThat(sink.urls()).containsExactly(site.url("/a.html"), site.url("/b.html"));
    }

    @Test
    void aStoredPageIsSettledWithItsArticle() throws Exception {
        new Watcher(QUICK, ledger, 10).round(List.of(site.url("/feed.xml")), sink);

        PageState page = ledger.page(site.url("/a.html")).orElseThrow();
        assertThat(page.status()).isEqualTo(PageStatus.STORED);
        assertThat(page.articleId()).isNotNull();
        assertThat(page.entry().content()).isNull();
        assertThat(sink.commits).isGreaterThanOrEqualTo(2);
    }
}

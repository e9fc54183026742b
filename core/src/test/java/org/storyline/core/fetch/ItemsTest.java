package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.fetch.FeedText.QUICK;
import static org.storyline.core.fetch.FeedText.item;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the watcher reads as items: RSS, gzipped answers, news sitemaps and indexes, OPML lists. */
class ItemsTest {

    private LocalSite site;
    private final MemoryLedger ledger = new MemoryLedger();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void serve() throws Exception {
        site = LocalSite.start();
        site.put("/one.html", "text/html", FeedText.page("One", "Story one."));
        site.put("/two.html", "text/html", FeedText.page("Two", "Story two."));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private RoundReport round(String... feeds) throws Exception {
        return new Watcher(QUICK, ledger, 10).round(List.of(feeds), sink);
    }

    @Test
    void anItemInTwoFeedsIsFetchedAndStoredOnce() throws Exception {
        site.put("/a.xml", "application/rss+xml", FeedText.rss("A", item(site.url("/one.html"), "One")));
        site.put("/b.xml", "application/rss+xml", FeedText.rss("B", item(site.url("/one.html?utm_source=b"), "One")));

        RoundReport round = round(site.url("/a.xml"), site.url("/b.xml"));

        assertThat(site.paths()).containsOnlyOnce("/one.html");
        assertThat(sink.arrivals).hasSize(1);
        assertThat(round.newItems()).isEqualTo(1);
    }

    @Test
    void anItemSeenAgainInALaterRoundIsNotFetchedAgain() throws Exception {
        site.put("/a.xml", "application/rss+xml", FeedText.rss("A", item(site.url("/one.html"), "One")));
        Watcher watcher = new Watcher(QUICK, ledger, 10);
        watcher.round(List.of(site.url("/a.xml")), sink);
        site.put("/b.xml", "application/rss+xml", FeedText.rss("B", item(site.url("/one.html"), "One")));
        site.clearLog();

        watcher.round(List.of(site.url("/b.xml")), sink);

        assertThat(site.paths()).doesNotContain("/one.html");
        assertThat(sink.arrivals).hasSize(1);
    }

    @Test
    void gzippedFeedsAndPagesAreUnzipped() throws Exception {
        site.put("/z.xml", "application/rss+xml", FeedText.rss("Z", item(site.url("/z.html"), "Zipped")), true);
        site.put("/z.html", "text/html; charset=utf-8", FeedText.page("Zipped", "Caf\u00e9 owners met."), true);

        round(site.url("/z.xml"));

        assertThat(sink.arrivals).singleElement().satisfies(a -> {
            assertThat(RecordingSink.text(a)).contains("Caf\u00e9 owners met.");
            assertThat(a.charset()).isEqualTo("utf-8");
        });
    }

    @Test
    void aNewsSitemapListsItsArticlesWithTitleAndDate() throws Exception {
        site.put("/news-sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s</loc><news:news><news:publication><news:name>Wire</news:name><news:language>en</news:language></news:publication>
                    <news:publication_date>2025-03-03T09:00:00Z</news:publication_date><news:title>One</news:title></news:news></url>
                </urlset>""".formatted(site.url("/one.html")));

        round(site.url("/news-sitemap.xml"));

        assertThat(sink.arrivals).singleElement().satisfies(a -> {
            assertThat(a.hints().title()).isEqualTo("One");
            assertThat(a.hints().published()).isEqualTo("2025-03-03T09:00:00Z");
        });
        assertThat(ledger.feed(site.url("/news-sitemap.xml")).orElseThrow().kind()).isEqualTo(FeedKind.SITEMAP);
    }

    @Test
    void aSitemapIndexBringsTheSitemapsItNames() throws Exception {
        site.put("/index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(site.url("/part.xml")));
        site.put("/part.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s</loc></url><url><loc>%s</loc></url></urlset>"""
                .formatted(site.url("/one.html"), site.url("/two.html")));

        RoundReport round = round(site.url("/index.xml"));

        assertThat(sink.urls()).containsExactlyInAnyOrder(site.url("/one.html"), site.url("/two.html"));
        assertThat(round.feeds()).isEqualTo(2);
    }

    @Test
    void anOpmlListBringsTheFeedsItNames() throws Exception {
        site.put("/a.xml", "application/rss+xml", FeedText.rss("A", item(site.url("/one.html"), "One")));
        site.put("/list.opml", "text/x-opml", """
                <?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>
                <outline text="A" type="rss" xmlUrl="%s"/></body></opml>""".formatted(site.url("/a.xml")));

        round(site.url("/list.opml"));

        assertThat(sink.urls()).containsExactly(site.url("/one.html"));
    }

    @Test
    void theFeedsTitleIsTheOutletHint() throws Exception {
        site.put("/a.xml", "application/rss+xml", FeedText.rss("Harbour Courier", item(site.url("/one.html"), "One")));

        round(site.url("/a.xml"));

        assertThat(sink.arrivals).singleElement().satisfies(a -> assertThat(a.hints().outlet()).isEqualTo("Harbour Courier"));
    }

    @Test
    void aLinkThatIsNotHttpIsPassedOver() throws Exception {
        site.put("/a.xml", "application/rss+xml", FeedText.rss("A", item("ftp://files.example/one.txt", "One"),
                item(site.url("/two.html"), "Two")));

        round(site.url("/a.xml"));

        assertThat(sink.urls()).containsExactly(site.url("/two.html"));
    }
}

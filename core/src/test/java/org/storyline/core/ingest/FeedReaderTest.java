package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.DocumentFormat;

class FeedReaderTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Valley Ledger</title><link>https://valley.example/</link><description>d</description>
            <item><title>Dam opens</title><link>https://valley.example/dam</link>
              <pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate><dc:creator>Ann Roe</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>The dam opened on Tuesday.</p><p>Second paragraph.</p>]]></content:encoded></item>
            <item><title>Road closed</title><link>https://valley.example/road</link>
              <description>The valley road is closed for repairs.</description></item>
            </channel></rss>""";

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Lantern</title><id>urn:lantern</id><updated>2025-03-04T12:00:00Z</updated>
            <entry><title>Tram line extended</title><id>urn:1</id><link href="https://lantern.example/tram"/>
              <published>2025-03-04T11:00:00Z</published><updated>2025-03-04T12:00:00Z</updated>
              <author><name>Cy Moss</name></author>
              <content type="html">&lt;p&gt;The tram now runs to the port.&lt;/p&gt;</content></entry>
            </feed>""";

    @Test
    void rssItemWithFullContentIsAnHtmlDocumentWithHints() {
        var sink = CollectingSink.read("ledger.rss", RSS);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents.get(0)).satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(d.content()).contains("The dam opened on Tuesday.", "Second paragraph.").doesNotContain("Short summary");
            assertThat(d.source()).isEqualTo("ledger.rss#item 1");
            assertThat(d.hints().url()).isEqualTo("https://valley.example/dam");
            assertThat(d.hints().title()).isEqualTo("Dam opens");
            assertThat(d.hints().outlet()).isEqualTo("Valley Ledger");
            assertThat(d.hints().authors()).containsExactly("Ann Roe");
            assertThat(d.hints().published()).isEqualTo("2025-03-04T09:30:00Z");
        });
    }

    @Test
    void summaryOnlyItemIsItsSummary() {
        var sink = CollectingSink.read("ledger.rss", RSS);
        assertThat(sink.documents.get(1)).satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(d.content()).isEqualTo("The valley road is closed for repairs.");
        });
    }

    @Test
    void atomEntryIsAnHtmlDocumentWithHints() {
        var sink = CollectingSink.read("lantern.atom", ATOM);
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo("<p>The tram now runs to the port.</p>");
            assertThat(d.hints().url()).isEqualTo("https://lantern.example/tram");
            assertThat(d.hints().authors()).containsExactly("Cy Moss");
            assertThat(d.hints().outlet()).isEqualTo("Daily Lantern");
            assertThat(d.hints().published()).isEqualTo("2025-03-04T11:00:00Z");
        });
    }

    @Test
    void xmlFileThatIsAFeedIsReadAsOne() {
        assertThat(CollectingSink.read("feed.xml", ATOM).documents).hasSize(1);
    }

    @Test
    void xmlFileThatIsNotAFeedIsSkipped() {
        var sink = CollectingSink.read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        assertThat(sink.skipped).containsExactly("sitemap.xml");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void itemIdIsStableAcrossFeeds() {
        String first = CollectingSink.read("a.rss", RSS).documents.get(1).id();
        String again = CollectingSink.read("b.xml", RSS).documents.get(1).id();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void doctypeWithExternalEntityIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description></item></channel></rss>";
        var sink = CollectingSink.read("hostile.rss", hostile);
        assertThat(sink.documents).allSatisfy(d -> assertThat(d.content() + d.hints().title()).doesNotContain("root:"));
    }

    @Test
    void textThatIsNoFeedIsOneProblem() {
        var sink = CollectingSink.read("news.rss", "just words, no markup");
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("not a readable feed"));
    }

    @Test
    void feedCutOffMidItemKeepsTheItemsBefore() {
        String cut = RSS.substring(0, RSS.indexOf("<item><title>Road"));
        var sink = CollectingSink.read("cut.rss", cut + "<item><title>Road clo");
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("item 2"));
    }
}

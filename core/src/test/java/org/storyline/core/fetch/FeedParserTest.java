package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser(1 << 20);
    private final URI base = URI.create("http://n.example/feed");

    @Test
    void findsTheRootPastDeclarationCommentAndDoctype() {
        String xml = "\ufeff<?xml version=\"1.0\"?>\n<!-- generated -->\n<!DOCTYPE x>\n<rdf:RDF xmlns:rdf=\"x\">";
        assertThat(FeedParser.rootElement(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo("rdf:rdf");
    }

    @Test
    void readsAnAtomFeedWithFullContent() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Lantern</title><id>urn:l</id><updated>2025-03-03T00:00:00Z</updated>
                <entry><title>Vote</title><id>urn:l:1</id><updated>2025-03-03T08:00:00Z</updated>
                <link rel="alternate" href="/2025/vote.html"/><author><name>Ada Reyes</name></author>
                <content type="html">&lt;p&gt;The council voted.&lt;/p&gt;</content></entry></feed>""";

        ParsedFeed feed = parser.parse(base, atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml");

        assertThat(feed.kind()).isEqualTo(FeedKind.ATOM);
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.link()).isEqualTo("http://n.example/2025/vote.html");
            assertThat(e.authors()).containsExactly("Ada Reyes");
            assertThat(e.content()).contains("The council voted.");
            assertThat(e.fullContent()).isTrue();
        });
    }

    @Test
    void aGzippedSitemapIsUnzipped() throws Exception {
        String sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://n.example/a</loc></url></urlset>";

        ParsedFeed feed = parser.parse(base, LocalSite.gzip(sitemap.getBytes(StandardCharsets.UTF_8)), "application/gzip");

        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("http://n.example/a");
    }

    @Test
    void aDoctypeWithEntitiesIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

        assertThatThrownBy(() -> parser.parse(base, hostile.getBytes(StandardCharsets.UTF_8), "text/xml"))
                .isInstanceOf(UnreadableFeed.class);
    }

    @Test
    void plainTextIsNotAFeed() {
        assertThatThrownBy(() -> parser.parse(base, "hello".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .isInstanceOf(UnreadableFeed.class).hasMessageContaining("no XML element");
    }
}

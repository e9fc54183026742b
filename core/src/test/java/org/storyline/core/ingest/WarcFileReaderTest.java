package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.DocumentFormat;

class WarcFileReaderTest {

    private static final byte[] PAGE_ONE = WarcBytes.response("https://news.example/a", "text/html; charset=utf-8",
            "<html><body><p>Ferry fares rise</p></body></html>");
    private static final byte[] PAGE_TWO = WarcBytes.response("https://news.example/b", "text/html",
            "<html><body><p>Harbour wall repaired</p></body></html>");
    private static final byte[] ROBOTS = WarcBytes.response("https://news.example/robots.txt", "text/plain", "User-agent: *");
    private static final byte[] WARCINFO = WarcBytes.record("warcinfo", "urn:x", "application/warc-fields",
            "software: test\r\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void readsHtmlResponsesWithTargetAndDateAsHints() {
        var sink = CollectingSink.read("crawl.warc", WarcBytes.concat(WARCINFO, PAGE_ONE));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(d.content()).contains("Ferry fares rise");
            assertThat(d.hints().url()).isEqualTo("https://news.example/a");
            assertThat(d.hints().published()).isEqualTo("2025-03-04T10:15:00Z");
            assertThat(d.source()).isEqualTo("crawl.warc#record 2");
        });
    }

    @Test
    void passesOverResponsesThatAreNotHtml() {
        var sink = CollectingSink.read("crawl.warc", WarcBytes.concat(ROBOTS, PAGE_TWO));
        assertThat(sink.documents).extracting(d -> d.hints().url()).containsExactly("https://news.example/b");
    }

    @Test
    void passesOverErrorResponses() {
        byte[] notFound = WarcBytes.response("https://news.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        var sink = CollectingSink.read("crawl.warc", WarcBytes.concat(notFound, PAGE_ONE));
        assertThat(sink.documents).hasSize(1);
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void readsGzippedRecords() {
        var sink = CollectingSink.read("crawl.warc.gz", WarcBytes.gzipMembers(WARCINFO, PAGE_ONE, PAGE_TWO));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents).extracting(d -> d.source()).containsExactly("crawl.warc.gz#record 2", "crawl.warc.gz#record 3");
    }

    @Test
    void truncatedGzipWarcKeepsRecordsBeforeTheCutAndNamesTheBrokenRecord() {
        byte[] whole = WarcBytes.gzipMembers(PAGE_ONE, PAGE_TWO, ROBOTS);
        int cut = WarcBytes.gzipMembers(PAGE_ONE, PAGE_TWO).length + 20;
        var sink = CollectingSink.read("crawl.warc.gz", Arrays.copyOf(whole, cut));
        assertThat(sink.documents).hasSize(2);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("crawl.warc.gz");
            assertThat(p.where()).isEqualTo("record 3");
            assertThat(p.reason()).startsWith("truncated");
        });
    }

    @Test
    void truncatedPlainWarcKeepsRecordsBeforeTheCut() {
        byte[] whole = WarcBytes.concat(PAGE_ONE, PAGE_TWO);
        var sink = CollectingSink.read("crawl.warc", Arrays.copyOf(whole, PAGE_ONE.length + 150));
        assertThat(sink.documents).extracting(d -> d.hints().url()).containsExactly("https://news.example/a");
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("record 2"));
    }

    @Test
    void recordCutInsideItsBodyIsAProblemNotAShortDocument() {
        byte[] whole = WarcBytes.concat(PAGE_ONE, PAGE_TWO);
        var sink = CollectingSink.read("crawl.warc", Arrays.copyOf(whole, whole.length - 30));
        assertThat(sink.documents).extracting(d -> d.hints().url()).containsExactly("https://news.example/a");
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("record 2");
            assertThat(p.reason()).startsWith("truncated");
        });
    }

    @Test
    void recordWithBrokenHttpHeadersCostsOnlyItself() {
        byte[] broken = WarcBytes.record("response", "https://news.example/broken", "application/http; msgtype=response",
                "this is no HTTP response\r\n\r\n<p>x</p>".getBytes(StandardCharsets.UTF_8));
        var sink = CollectingSink.read("crawl.warc", WarcBytes.concat(broken, PAGE_TWO));
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("record 1"));
        assertThat(sink.documents).extracting(d -> d.hints().url()).containsExactly("https://news.example/b");
    }

    @Test
    void responseWithoutATargetUriIsNamedAsSuchAndCostsOnlyItself() {
        byte[] nameless = WarcBytes.response(null, "text/html", "<p>A page with no address.</p>");
        var sink = CollectingSink.read("crawl.warc", WarcBytes.concat(nameless, PAGE_TWO));
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("record 1");
            assertThat(p.reason()).contains("WARC-Target-URI");
        });
        assertThat(sink.documents).extracting(d -> d.hints().url()).containsExactly("https://news.example/b");
    }

    @Test
    void garbageIsOneProblemNotAnException() {
        var sink = CollectingSink.read("crawl.warc", "this is not a web archive at all\n".repeat(20));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("crawl.warc"));
    }

    @Test
    void sameRecordGivesSameIdInAnyArchive() {
        var alone = CollectingSink.read("a.warc", PAGE_ONE);
        var among = CollectingSink.read("b.warc.gz", WarcBytes.gzipMembers(PAGE_TWO, PAGE_ONE));
        assertThat(among.documents.get(1).id()).isEqualTo(alone.documents.get(0).id());
    }
}

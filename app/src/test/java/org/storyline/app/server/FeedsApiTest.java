package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.fetch.FeedEntry;
import org.storyline.core.fetch.FeedKind;
import org.storyline.core.fetch.FeedState;
import org.storyline.core.fetch.FeedStatus;
import org.storyline.core.fetch.PageState;
import org.storyline.core.fetch.PageStatus;
import org.storyline.core.fetch.Validators;
import org.storyline.core.store.ArchiveLedger;

/** {@code /api/feeds}, the Feeds page and the event stream, over a store whose ledger the test writes. */
class FeedsApiTest {

    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir, List.of(), null, null, 1 << 20);
        ArchiveLedger ledger = new ArchiveLedger(server.archive);
        ledger.put(new FeedState("http://n.example/feed.xml", FeedKind.RSS, "Harbour <Courier>", Validators.NONE, AT,
                FeedStatus.FETCHED, null, 2, 7, 0, AT));
        ledger.put(new FeedState("http://dead.example/rss", null, null, Validators.NONE, AT, FeedStatus.FAILED,
                "robots.txt could not be fetched (cannot connect: Connection refused)", 0, 0, 0, null));
        ledger.put(new PageState("http://n.example/a.html", PageStatus.STORED, "http://n.example/a.html", "a1",
                "http://n.example/feed.xml", 0, null, AT, new FeedEntry("http://n.example/a.html", "A", null, List.of(), null, false)));
        server.archive.commit();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theApiListsEachFeedWithItsStatusAndErrors() throws Exception {
        JsonNode body = TestServer.json(server.get("/api/feeds"));

        assertThat(body.path("feeds")).hasSize(2);
        JsonNode dead = body.path("feeds").get(0);
        assertThat(dead.path("url").asText()).isEqualTo("http://dead.example/rss");
        assertThat(dead.path("status").asText()).isEqualTo("FAILED");
        assertThat(dead.path("error").asText()).contains("cannot connect");
        JsonNode live = body.path("feeds").get(1);
        assertThat(live.path("newItems").asInt()).isEqualTo(2);
        assertThat(live.path("lastFetch").asText()).isEqualTo("2025-03-03T10:00:00Z");
        assertThat(body.path("pages").path("STORED").asLong()).isEqualTo(1);
    }

    @Test
    void theFeedsPageShowsEachFeedEscaped() throws Exception {
        HttpResponse<String> page = server.get("/feeds");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Harbour &lt;Courier&gt;").contains("fetched", "failed")
                .contains("cannot connect").doesNotContain("Harbour <Courier>");
    }

    @Test
    void theFrontPageCarriesTheLiveScriptAndThePolicyAllowsIt() throws Exception {
        HttpResponse<String> front = server.get("/");

        assertThat(front.body()).contains("<script src=\"/static/live.js\" data-articles=\"0\" defer></script>");
        assertThat(front.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("connect-src 'self'");
        assertThat(server.get("/static/live.js").body()).contains("EventSource('/api/events')");
    }

    @Test
    void theEventStreamOpensWithTheStoresCounts() throws Exception {
        HttpResponse<java.io.InputStream> events = server.client.send(HttpRequest.newBuilder(server.uri("/api/events")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(events.body()))) {
            assertThat(events.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            assertThat(lines.readLine()).isEqualTo("event: store");
            assertThat(lines.readLine()).startsWith("data: ").contains("\"articles\":0");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheFeedsAndEvents() throws Exception {
        String spec = server.get("/api/openapi.yaml").body();

        assertThat(spec).contains("/api/feeds:").contains("/api/events:");
    }
}

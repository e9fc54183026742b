package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's pages over {@link Dispatches}: each renders, links onwards, and escapes article text. */
class WebPagesTest {

    @TempDir
    static Path dir;

    static TestServer server;
    static String bridge;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, Dispatches.all(), null, null, 1024);
        bridge = server.archive.articleCard("a1").orElseThrow().story();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        return response.body();
    }

    @Test
    void frontPageShowsNewestAndBiggestWithOutletBadges() throws Exception {
        String html = page("/");
        assertThat(html).contains("id=\"newest\"").contains("id=\"biggest\"")
                .contains("href=\"/storylines/").contains("data-outlet=\"Coastline Post\"");
        assertThat(page("/events")).contains("href=\"/stories/" + bridge + "\"");
    }

    @Test
    void storyPageHasEverySection() throws Exception {
        String html = page("/stories/" + bridge);
        for (String section : new String[]{"summary", "outlets", "people", "corroborated", "conflicts", "only-in", "timeline", "articles"}) {
            assertThat(html).contains("id=\"" + section + "\"");
        }
        assertThat(html).contains("href=\"/people/ana-ribeiro\"");
    }

    @Test
    void articleTextIsEscapedNeverRun() throws Exception {
        String html = page("/articles/a2");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("<mark class=\"quote\">The bridge is safe, but it is tired.</mark>");
        assertThat(html).contains("<mark class=\"claim\">15 million euros</mark>");
    }

    @Test
    void personPageListsTheirQuotes() throws Exception {
        assertThat(page("/people/ana-ribeiro")).contains("The bridge is safe, but it is tired.");
        assertThat(page("/people")).contains("Jon Vale");
    }

    @Test
    void searchShowsFacetsAndNarrowsByThem() throws Exception {
        String html = page("/search?q=bridge");
        assertThat(html).contains("data-facet=\"outlet\"").contains("3 articles match");
        assertThat(page("/search?q=bridge&outlet=Valley%20Herald")).contains("1 articles match");
    }

    @Test
    void searchEscapesTheQuery() throws Exception {
        String html = page("/search?q=%3Cscript%3Ealert(3)%3C%2Fscript%3E");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(3)");
    }

    @Test
    void unknownPagesAre404Html() throws Exception {
        HttpResponse<String> response = server.get("/stories/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>404</h1>");
    }

    @Test
    void theStylesheetIsServedFromTheJar() throws Exception {
        HttpResponse<String> response = server.get("/static/storyline.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".badge");
    }
}

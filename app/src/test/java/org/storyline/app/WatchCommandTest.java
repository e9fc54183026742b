package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.store.RecordJson;

/**
 * The check, as a user runs it: {@code storyline watch --once --store DIR FILE} three times over
 * a small site on 127.0.0.1 (two RSS feeds, a robots.txt that disallows one folder with one item in
 * it), then {@code storyline export --what articles}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchCommandTest {

    @TempDir
    static Path dir;

    static NewsSite site;
    static Path store;
    static Path feeds;

    @BeforeAll
    static void serve() throws Exception {
        site = new NewsSite();
        store = dir.resolve("store");
        feeds = site.feedList(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static int watchOnce(StringWriter err) {
        var cli = StorylineCli.commandLine(org.storyline.core.Pipeline.standard(), false);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("watch", "--once", "--delay", "0", "--store", store.toString(), feeds.toString());
    }

    static List<String> allowedPaths(List<NewsSite.Story> stories) {
        return stories.stream().map(NewsSite.Story::path).filter(p -> !p.startsWith("/members/")).toList();
    }

    @Test
    @Order(1)
    void theFirstRoundStoresEveryAllowedArticleAndFetchesNothingDisallowed() {
        StringWriter err = new StringWriter();

        assertThat(watchOnce(err)).as(err.toString()).isZero();

        assertThat(site.pagesRequested()).containsExactlyInAnyOrderElementsOf(allowedPaths(NewsSite.FIRST));
        assertThat(site.requests()).noneMatch(r -> r.path().startsWith("/members/"));
        assertThat(err.toString()).contains("4 stored").contains("1 disallowed by robots.txt");
    }

    @Test
    @Order(2)
    void theSecondRoundFetchesNoPageAndItsFeedsAreAnswered304() {
        site.clearLog();

        assertThat(watchOnce(new StringWriter())).isZero();

        assertThat(site.pagesRequested()).isEmpty();
        assertThat(site.requests()).filteredOn(r -> r.path().endsWith("feed.xml")).hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(304));
    }

    @Test
    @Order(3)
    void theThirdRoundFetchesExactlyTheNewPages() {
        site.add(NewsSite.LATER);
        site.clearLog();

        assertThat(watchOnce(new StringWriter())).isZero();

        assertThat(site.pagesRequested()).containsExactlyInAnyOrderElementsOf(allowedPaths(NewsSite.LATER));
    }

    @Test
    @Order(4)
    void theExportListsEveryAllowedArticleOnceWithItsUrl() throws Exception {
        Path out = dir.resolve("articles.jsonl");
        assertThat(StorylineCli.run("export", "--store", store.toString(), "--what", "articles", "--out", out.toString())).isZero();

        List<String> urls = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode row = RecordJson.mapper().readTree(line);
            urls.add(row.path("article").path("url").asText());
        }
        List<String> expected = new ArrayList<>();
        allowedPaths(NewsSite.FIRST).forEach(p -> expected.add(site.url(p)));
        allowedPaths(NewsSite.LATER).forEach(p -> expected.add(site.url(p)));
        assertThat(urls).containsExactlyInAnyOrderElementsOf(expected);
    }
}

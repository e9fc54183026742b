package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every read endpoint of the JSON API, over the bridge and ferry stories of {@link Dispatches}. */
class ApiTest {

    @TempDir
    static Path dir;

    static TestServer server;
    static String bridge;
    static String ferry;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, Dispatches.all(), null, null, 1024);
        bridge = server.archive.articleCard("a1").orElseThrow().story();
        ferry = server.archive.articleCard("f1").orElseThrow().story();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return TestServer.json(response);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void storiesAreListedNewestFirstOrBiggestFirst() throws Exception {
        assertThat(bridge).isNotEqualTo(ferry);
        assertThat(ids(ok("/api/stories"))).containsExactly(bridge, ferry);
        JsonNode bySize = ok("/api/stories?sort=size");
        assertThat(ids(bySize)).containsExactly(bridge, ferry);
        assertThat(bySize.get("items").get(0).get("articles").asInt()).isEqualTo(3);
    }

    @Test
    void storylinesListTheirEventsAndEachHasAFullView() throws Exception {
        JsonNode page = ok("/api/storylines?sort=size");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        String line = server.archive.articleCard("a1").orElseThrow().storyline();
        JsonNode card = page.get("items").get(0);
        assertThat(card.get("id").asText()).isEqualTo(line);
        assertThat(card.get("events").get(0).get("id").asText()).isEqualTo(bridge);
        JsonNode view = ok("/api/storylines/" + line);
        assertThat(view.get("events")).hasSize(1);
        assertThat(view.get("events").get(0).get("title").asText()).isNotBlank();
        assertThat(view.get("articles").asInt()).isEqualTo(3);
        assertThat(ok("/api/stories").get("items").get(0).get("storyline").asText()).isEqualTo(line);
        assertThat(server.get("/api/storylines/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aStorylineAnswers304UntilTheStoreChanges() throws Exception {
        String line = server.archive.articleCard("a1").orElseThrow().storyline();
        HttpResponse<String> first = server.get("/api/storylines/" + line);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/storylines/" + line))
                .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void storiesArePaged() throws Exception {
        JsonNode first = ok("/api/stories?limit=1");
        JsonNode second = ok("/api/stories?limit=1&offset=1");
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(bridge);
        assertThat(ids(second)).containsExactly(ferry);
        assertThat(ids(ok("/api/stories?limit=1&offset=2"))).isEmpty();
    }

    @Test
    void storiesFilterByWordsOutletPersonAndDates() throws Exception {
        assertThat(ids(ok("/api/stories?q=ferry%20crews"))).containsExactly(ferry);
        assertThat(ids(ok("/api/stories?outlet=Coastline%20Post"))).containsExactly(bridge);
        assertThat(ids(ok("/api/stories?person=Jon%20Vale"))).containsExactly(ferry);
        assertThat(ids(ok("/api/stories?person=ana-ribeiro"))).containsExactly(bridge);
        assertThat(ids(ok("/api/stories?from=2024-05-01"))).containsExactly(bridge);
        assertThat(ids(ok("/api/stories?to=2024-04-30"))).containsExactly(ferry);
    }

    @Test
    void oneStoryIsItsFullView() throws Exception {
        JsonNode story = ok("/api/stories/" + bridge);
        assertThat(story.get("id").asText()).isEqualTo(bridge);
        assertThat(story.get("articles")).hasSize(3);
        assertThat(story.get("people").get(0).get("name").asText()).isEqualTo("Ana Ribeiro");
        assertThat(story.has("corroborated")).isTrue();
        assertThat(story.has("conflicts")).isTrue();
        assertThat(story.has("onlyIn")).isTrue();
    }

    @Test
    void articlesAreListedAndFiltered() throws Exception {
        assertThat(ok("/api/articles").get("total").asInt()).isEqualTo(4);
        assertThat(ids(ok("/api/articles?story=" + ferry))).containsExactly("f1");
        assertThat(ids(ok("/api/articles?outlet=Valley%20Herald&limit=10"))).containsExactlyInAnyOrder("a3", "f1");
        assertThat(ids(ok("/api/articles?person=Ana%20Ribeiro"))).containsExactlyInAnyOrder("a1", "a2");
        assertThat(ids(ok("/api/articles?q=commuters%20ferry"))).containsExactly("a3");
        assertThat(ids(ok("/api/articles?from=2024-05-03&to=2024-05-03"))).containsExactlyInAnyOrder("a2", "a3");
    }

    @Test
    void oneArticleComesWithItsAnalysis() throws Exception {
        JsonNode article = ok("/api/articles/a2");
        assertThat(article.get("article").get("story").asText()).isEqualTo(bridge);
        assertThat(article.get("analysis").get("quotes").get(0).get("text").asText())
                .isEqualTo("The bridge is safe, but it is tired.");
        assertThat(article.get("analysis").get("claims").get(0).get("value").asDouble()).isEqualTo(15_000_000);
    }

    @Test
    void quotesFilterBySpeakerOutletStoryAndWords() throws Exception {
        JsonNode ana = ok("/api/quotes?speaker=Ana%20Ribeiro");
        assertThat(ana.get("total").asInt()).isEqualTo(1);
        assertThat(ana.get("items").get(0).get("outlets")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Meridian Wire", "Coastline Post");
        assertThat(ok("/api/quotes?outlet=Valley%20Herald").get("items").get(0).get("speaker").asText()).isEqualTo("Jon Vale");
        assertThat(ok("/api/quotes?story=" + ferry).get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/quotes?q=tired").get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/quotes?q=volcano").get("total").asInt()).isZero();
    }

    @Test
    void peopleAreListedWithTheirStories() throws Exception {
        JsonNode people = ok("/api/people");
        assertThat(people.get("items")).extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Ana Ribeiro", "Jon Vale");
        JsonNode ana = ok("/api/people/ana-ribeiro");
        assertThat(ana.get("person").get("quotes").asInt()).isEqualTo(1);
        assertThat(ana.get("stories").get(0).get("id").asText()).isEqualTo(bridge);
        assertThat(ana.get("quotes").get("items")).hasSize(1);
    }

    @Test
    void searchCoversEveryKindWithFacets() throws Exception {
        JsonNode found = ok("/api/search?q=bridge");
        assertThat(ids(found.get("stories"))).containsExactly(bridge);
        assertThat(found.get("articles").get("total").asInt()).isEqualTo(3);
        assertThat(found.get("quotes").get("total").asInt()).isEqualTo(1);
        assertThat(found.get("facets").get("outlet")).hasSize(3);
        assertThat(ok("/api/search?q=Ribeiro").get("people").get("items").get(0).get("id").asText()).isEqualTo("ana-ribeiro");
    }

    @Test
    void unknownIdsAre404WithAMessage() throws Exception {
        for (String path : List.of("/api/stories/nope", "/api/articles/nope", "/api/people/nope", "/api/nothing-here")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(TestServer.json(response).get("status").asInt()).isEqualTo(404);
            assertThat(TestServer.json(response).get("message").asText()).isNotBlank();
        }
    }

    @Test
    void pathLikeIdsNeverReachTheFilesystem() throws Exception {
        for (String path : List.of("/api/stories/..%2F..%2Fetc%2Fpasswd", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/people/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/stories/..%2F..%2Fetc%2Fpasswd",
                "/api/articles/....%5C....%5Cetc%5Cpasswd", "/static/..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/stories/../../etc/passwd", "/articles/../../../etc/passwd")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:");
        }
    }

    @Test
    void malformedParametersAre400WithAMessage() throws Exception {
        for (String path : List.of("/api/stories?limit=abc", "/api/stories?limit=100000", "/api/stories?offset=-1",
                "/api/stories?from=yesterday", "/api/stories?sort=random", "/api/search", "/api/articles?to=2024-13-45")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(TestServer.json(response).get("message").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> response = server.get("/api/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.").contains("/api/stories/{id}").contains("/api/ingest");
    }

    @Test
    void statsCountTheStore() throws Exception {
        JsonNode stats = ok("/api/stats");
        assertThat(stats.get("articles").asInt()).isEqualTo(4);
        assertThat(stats.get("stories").asInt()).isEqualTo(2);
    }
}

package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.model.Problem;
import org.storyline.core.store.RecordJson;

/** POST /api/ingest: the token rule, malformed and oversized bodies, idempotence, and the upload itself. */
class IngestApiTest {

    private static final String TOKEN = "s3cret-token";

    @TempDir
    Path dir;

    TestServer server;

    /** Reads uploads as {@link Dispatches}: a JSON object or array of {id, outlet, published, title, paragraphs}. */
    static final UploadReader READER = (name, bytes, articles, problems) -> {
        try {
            JsonNode root = RecordJson.mapper().readTree(bytes);
            for (JsonNode a : root.isArray() ? root : List.of(root)) {
                if (!a.has("id")) {
                    problems.accept(new Problem(name, null, "no id"));
                    continue;
                }
                List<String> paragraphs = new java.util.ArrayList<>();
                a.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                articles.accept(Dispatches.article(a.get("id").asText(), a.get("outlet").asText(), a.get("published").asText(),
                        a.get("title").asText(), paragraphs.toArray(String[]::new)));
            }
        } catch (java.io.IOException e) {
            problems.accept(new Problem(name, null, "not JSON: " + e.getMessage()));
        }
    };

    private static final String VOLCANO = """
            {"id": "v1", "outlet": "Delta Radio", "published": "2024-06-01", "title": "Volcano wakes on Isla Brava",
             "paragraphs": ["The volcano on Isla Brava erupted overnight.", "Mara Soto said: \\"Everyone is safe.\\""]}
            """;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir, Dispatches.all(), TOKEN, READER, 64 * 1024);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(request);
    }

    private HttpResponse<String> postJson(String token, String json) throws Exception {
        return post("/api/ingest", token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutATokenIngestIs401() throws Exception {
        HttpResponse<String> response = postJson(null, VOLCANO);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(response).get("message").asText()).contains("token");
        assertThat(server.archive.containsArticle("v1")).isFalse();
    }

    @Test
    void withAWrongTokenIngestIs403() throws Exception {
        HttpResponse<String> response = postJson("guess", VOLCANO);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(response).get("status").asInt()).isEqualTo(403);
        assertThat(server.archive.containsArticle("v1")).isFalse();
    }

    @Test
    void withTheTokenTheArticleIsStoredAndShown() throws Exception {
        HttpResponse<String> response = postJson(TOKEN, VOLCANO);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(TestServer.json(response).get("added")).extracting(JsonNode::asText).containsExactly("v1");
        JsonNode stories = TestServer.json(server.get("/api/stories?q=volcano"));
        assertThat(stories.get("total").asInt()).isEqualTo(1);
        assertThat(TestServer.json(server.get("/api/people/mara-soto")).get("person").get("name").asText()).isEqualTo("Mara Soto");
    }

    @Test
    void postingTheSameArticleAgainChangesNothing() throws Exception {
        postJson(TOKEN, VOLCANO);
        JsonNode before = TestServer.json(server.get("/api/stats"));
        HttpResponse<String> again = postJson(TOKEN, VOLCANO);
        assertThat(TestServer.json(again).get("alreadyStored")).extracting(JsonNode::asText).containsExactly("v1");
        assertThat(TestServer.json(server.get("/api/stats"))).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400AndTheServerGoesOn() throws Exception {
        HttpResponse<String> response = postJson(TOKEN, "{\"id\": \"v1\", \"outlet\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).get("message").asText()).startsWith("malformed JSON");
        assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedUploadIs413AndTheServerGoesOn() throws Exception {
        byte[] big = new byte[5 * 64 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = post("/api/ingest?name=huge.txt", TOKEN, "text/plain", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(response).get("message").asText()).contains("larger than");
        assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);
        assertThat(postJson(TOKEN, VOLCANO).statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyBodyIs400() throws Exception {
        assertThat(postJson(TOKEN, "").statusCode()).isEqualTo(400);
    }

    @Test
    void anUploadWithNothingReadableIs422WithTheProblems() throws Exception {
        HttpResponse<String> response = postJson(TOKEN, "[{\"title\": \"no id\"}]");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(response).get("problems").get(0).get("reason").asText()).isEqualTo("no id");
    }

    @Test
    void aReadOnlyServerRefusesIngest() throws Exception {
        try (TestServer readOnly = new TestServer(dir.resolve("other"), List.of(), TOKEN, null, 1024)) {
            HttpResponse<String> response = readOnly.send(HttpRequest.newBuilder(readOnly.uri("/api/ingest"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(VOLCANO)));
            assertThat(response.statusCode()).isEqualTo(403);
        }
    }
}

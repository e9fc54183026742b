package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.story.StoryAssembler;

/** Kept pages: answered with an ETag, 304 while the store is unchanged, fresh after a commit. */
class PageCacheTest {

    @TempDir
    Path dir;

    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir, Dispatches.all(), null, null, 1024);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", etag).GET());
    }

    @Test
    void anUnchangedListIs304ForItsETag() throws Exception {
        HttpResponse<String> first = server.get("/api/stories");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/api/stories", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/stories?sort=size", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void aCommitShowsInTheNextListUnderANewETag() throws Exception {
        HttpResponse<String> before = server.get("/api/stories");
        assertThat(server.get("/api/stories").body()).isEqualTo(before.body());
        ArchiveIngest ingest = new ArchiveIngest(server.archive, TestServer.PROFILER, new StoryAssembler()::assemble);
        ingest.add(Dispatches.article("v1", "Delta Radio", "2024-06-01", "Volcano wakes on Isla Brava",
                "The volcano on Isla Brava erupted overnight.", "Mara Soto said: \"Everyone is safe.\""));
        ingest.commit();
        HttpResponse<String> after = get("/api/stories", before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Volcano");
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(server.get("/").body()).contains("Volcano");
    }

    @Test
    void theFrontPageKeepsItsSecurityHeadersWhenKept() throws Exception {
        server.get("/");
        HttpResponse<String> kept = server.get("/");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(kept.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(get("/", kept.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void aBadParameterIsStill400AndNotKept() throws Exception {
        assertThat(server.get("/api/stories?limit=-3").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/stories?limit=-3").statusCode()).isEqualTo(400);
    }
}

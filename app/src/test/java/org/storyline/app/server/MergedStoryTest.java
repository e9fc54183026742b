package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story or storyline merged into another keeps its address: the API and the web answer it with a
 * permanent redirect.
 */
class MergedStoryTest {

    @TempDir
    static Path dir;

    static TestServer server;
    static String bridge;
    static String ferry;

    static String bridgeLine;
    static String ferryLine;

    @BeforeAll
    static void mergeTheFerryIntoTheBridge() throws Exception {
        server = new TestServer(dir, Dispatches.all(), null, null, 1024);
        bridge = server.archive.articleCard("a1").orElseThrow().story();
        ferry = server.archive.articleCard("f1").orElseThrow().story();
        bridgeLine = server.archive.articleCard("a1").orElseThrow().storyline();
        ferryLine = server.archive.articleCard("f1").orElseThrow().storyline();
        server.archive.mergeStoryline(ferryLine, bridgeLine);
        server.archive.mergeStory(ferry, bridge, bridgeLine);
        server.archive.commit();
    }

    @Test
    void aMergedStorylineRedirectsToItsSurvivorAndItsEventsMove() throws Exception {
        assertThat(ferryLine).isNotEqualTo(bridgeLine);
        HttpResponse<String> api = server.get("/api/storylines/" + ferryLine);
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location")).contains("/api/storylines/" + bridgeLine);
        HttpResponse<String> web = server.get("/storylines/" + ferryLine);
        assertThat(web.statusCode()).isEqualTo(301);
        assertThat(web.headers().firstValue("Location")).contains("/storylines/" + bridgeLine);
        assertThat(server.archive.articleCard("f1").orElseThrow().storyline()).isEqualTo(bridgeLine);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theApiRedirectsAMergedStoryToItsSurvivor() throws Exception {
        HttpResponse<String> response = server.get("/api/stories/" + ferry);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/api/stories/" + bridge);
    }

    @Test
    void theWebRedirectsAMergedStoryToItsSurvivor() throws Exception {
        HttpResponse<String> response = server.get("/stories/" + ferry);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/stories/" + bridge);
    }

    @Test
    void theMergedStorysArticlesNowBelongToTheSurvivor() throws Exception {
        assertThat(server.archive.articleCard("f1").orElseThrow().story()).isEqualTo(bridge);
        assertThat(server.get("/api/stories/nope").statusCode()).isEqualTo(404);
    }
}

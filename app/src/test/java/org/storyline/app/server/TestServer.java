package org.storyline.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.store.RecordJson;
import org.storyline.core.story.StoryAssembler;

/** A server on a free port over a fresh store holding the given articles, and a client for it. */
final class TestServer implements AutoCloseable {

    /** One embedder for every test server: loading the model takes a second and it is thread-safe. */
    static final ArticleProfiler PROFILER = new ArticleProfiler(new MiniLmEmbedder());

    final Archive archive;
    final StorylineServer server;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir, List<ArticleAnalysis> articles, String token, UploadReader reader, long maxUpload) throws Exception {
        archive = Archive.open(ArchiveSettings.writable(dir));
        ArchiveIngest ingest = new ArchiveIngest(archive, PROFILER,
                new StoryAssembler()::assemble);
        for (ArticleAnalysis a : articles) {
            ingest.add(a);
        }
        ingest.commit();
        server = StorylineServer.start(archive, new ServerSettings("127.0.0.1", 0, token, maxUpload),
                reader == null ? null : new Intake(reader, ingest));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return RecordJson.mapper().readTree(response.body());
    }

    @Override
    public void close() throws IOException {
        server.close();
        archive.close();
    }
}

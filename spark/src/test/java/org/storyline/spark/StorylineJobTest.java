package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.storyline.app.StorylineCli;
import org.storyline.app.server.ServerSettings;
import org.storyline.app.server.StorylineServer;
import org.storyline.core.StoryRun;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;
import org.storyline.core.store.RecordJson;

/**
 * The job in local mode on the project's example corpus plus a few files of its own (a bad JSON line, the
 * same article in two files), against {@code storyline analyze}'s {@link StoryRun} on the same inputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorylineJobTest {

    private Path out;
    private int exitCode;
    private List<StoryView> jobStories;
    private List<StorylineView> jobStorylines;
    private StoryRun.Result analyzed;
    private List<Row> articles;
    private Path store;
    private int importCode;

    private static List<String> inputs() {
        return List.of("../examples", "src/test/resources/job");
    }

    @BeforeAll
    void runBoth(@TempDir Path temp) throws IOException {
        out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--partitions", "3"));
        args.addAll(inputs());
        exitCode = StorylineJob.run(args.toArray(String[]::new));
        jobStories = Files.readAllLines(out.resolve("stories.jsonl")).stream()
                .map(line -> RecordJson.read(line, StoryView.class)).toList();
        jobStorylines = Files.readAllLines(out.resolve("storylines.jsonl")).stream()
                .map(line -> RecordJson.read(line, StorylineView.class)).toList();
        analyzed = new StoryRun().run(inputs().stream().map(Path::of).toList(), new StoryRun.Listener() {
        });
        try (SparkSession spark = SparkSession.builder().master("local[1]").getOrCreate()) {
            articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        }
        store = temp.resolve("store");
        importCode = StorylineCli.run("import", out.toString(), "--store", store.toString());
    }

    private static Set<Set<String>> partition(List<StoryView> stories) {
        return stories.stream()
                .map(s -> s.articles().stream().map(StoryArticle::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void groupsTheArticlesAsAnalyzeDoes() {
        assertThat(partition(jobStories)).isEqualTo(partition(analyzed.stories())).hasSizeGreaterThan(2);
    }

    @Test
    void chainsTheEventsIntoTheStorylinesAnalyzeMakes() {
        Map<String, Set<String>> articlesOfEvent = new java.util.HashMap<>();
        jobStories.forEach(s -> articlesOfEvent.put(s.id(), partition(List.of(s)).iterator().next()));
        Set<Set<String>> job = jobStorylines.stream()
                .map(line -> line.events().stream().flatMap(e -> articlesOfEvent.get(e.id()).stream())
                        .collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        Set<Set<String>> analyze = analyzed.storylines().stream()
                .map(line -> partition(line.events()).stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(job).isEqualTo(analyze).hasSizeLessThan(jobStories.size());
        assertThat(jobStorylines).allSatisfy(l -> assertThat(l.id()).startsWith("l-"));
    }

    @Test
    void writesTheStoryViewsAnalyzeWritesInItsOrder() {
        assertThat(jobStories).hasSameSizeAs(analyzed.stories());
        for (int i = 0; i < jobStories.size(); i++) {
            assertThat(withoutId(jobStories.get(i))).isEqualTo(withoutId(analyzed.stories().get(i)));
        }
    }

    /**
     * The view without its id (the job names stories as the store does) and without analyze's note on
     * the same file read twice: the job keeps each article once, so it has no repeat to note.
     */
    private static JsonNode withoutId(StoryView view) {
        ObjectNode node = RecordJson.mapper().valueToTree(view);
        node.remove("id");
        com.fasterxml.jackson.databind.node.ArrayNode notes = node.putArray("notes");
        view.notes().stream().filter(n -> !n.contains("has the same content as")).forEach(notes::add);
        return node;
    }

    @Test
    void namesStoriesAfterTheirFirstArticleAsTheStoreDoes() {
        assertThat(jobStories).allSatisfy(s -> assertThat(s.id()).startsWith("s-"));
        assertThat(jobStories.stream().map(StoryView::id).distinct()).hasSameSizeAs(jobStories);
    }

    @Test
    void keepsEachArticleOnceWithItsStoryAndAnalysis() {
        Set<String> ids = new HashSet<>();
        articles.forEach(r -> ids.add(r.getAs("id")));
        assertThat(ids).hasSameSizeAs(articles);
        assertThat(articles).hasSize(analyzed.analysed() - 1); // the same text in two files is one article
        Map<String, String> storyOf = new java.util.HashMap<>();
        jobStories.forEach(s -> s.articles().forEach(a -> storyOf.put(a.id(), s.id())));
        assertThat(articles).allSatisfy(r -> {
            assertThat((String) r.getAs("story")).isEqualTo(storyOf.get((String) r.getAs("id")));
            assertThat((String) r.getAs("analysis")).contains("\"sentences\"");
        });
    }

    @Test
    void linksTheCopyToItsOriginal() {
        assertThat(articles).anySatisfy(r -> assertThat((String) r.getAs("duplicate_of")).isNotNull());
    }

    @Test
    void writesTheBadRecordAsAProblemAndSaysSome() throws IOException {
        List<JsonNode> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("problems"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    problems.add(RecordJson.mapper().readTree(line));
                }
            }
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.get("source").asText()).isEqualTo("src/test/resources/job/ferry-desk.jsonl");
            assertThat(p.get("where").asText()).isEqualTo("line 2");
            assertThat(p.get("reason").asText()).isNotBlank();
        });
        assertThat(exitCode).isEqualTo(2);
    }

    @Test
    void importGivesAStoreWithTheSameStories() throws Exception {
        assertThat(importCode).isEqualTo(0);
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(store))) {
            assertThat(archive.counts().articles()).isEqualTo(articles.size());
            assertThat(archive.counts().storylines()).isEqualTo(jobStorylines.size());
            for (StorylineView line : jobStorylines) {
                assertThat(archive.storyline(line.id())).contains(line);
            }
            for (StoryView story : jobStories) {
                assertThat(archive.story(story.id())).contains(story);
                assertThat(archive.storyArticles(story.id())).extracting(a -> a.article().id())
                        .containsExactlyInAnyOrderElementsOf(story.articles().stream().map(StoryArticle::id).toList());
            }
        }
    }

    @Test
    void servesTheImportedStories() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(store));
             StorylineServer server = StorylineServer.start(archive, ServerSettings.local(0, null), null)) {
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/stories?limit=50")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            List<String> served = new ArrayList<>();
            RecordJson.mapper().readTree(list.body()).get("items").forEach(i -> served.add(i.get("id").asText()));
            assertThat(served).containsExactlyInAnyOrderElementsOf(jobStories.stream().map(StoryView::id).toList());
        }
    }

    @Test
    void refusesAnOutputDirectoryThatHoldsAnything() {
        assertThat(StorylineJob.run("--out", out.toString(), "src/test/resources/job")).isEqualTo(1);
    }
}

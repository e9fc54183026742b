package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} places a dump's articles oldest first, as {@code analyze} does, whatever order the file
 * holds them in: the event is started by its first report, whose id it takes.
 */
class IngestOrderTest {

    private static final String FOLLOW_UP = "{\"url\":\"https://coast-herald.example/ferry-2\",\"outlet\":\"Coast Herald\","
            + "\"published\":\"2024-06-12\",\"title\":\"Ferry Marisol inquiry opens in Port Alder\",\"text\":\"An inquiry into "
            + "the sinking of the ferry Marisol opened in Port Alder on Wednesday, two days after the ferry sank off "
            + "Kessel Point with 212 passengers aboard. Harbour master Ines Varga told the inquiry the ferry had left "
            + "port in a gale warning. Nine passengers died in the sinking, the coast guard said.\"}";
    private static final String FIRST_REPORT = "{\"url\":\"https://harbour-gazette.example/ferry\",\"outlet\":\"Harbour Gazette\","
            + "\"published\":\"2024-06-10\",\"title\":\"Ferry Marisol sinks off Kessel Point\",\"text\":\"The ferry Marisol sank "
            + "off Kessel Point on Monday with 212 passengers aboard, and the coast guard said nine passengers died. "
            + "Harbour master Ines Varga said the ferry left Port Alder despite a gale warning. Rescue boats from Port "
            + "Alder picked up survivors through the night.\"}";

    @TempDir
    Path dir;

    @Test
    void aDumpOutOfTimeOrderIsPlacedOldestFirst() throws Exception {
        var stories = ingestAndExport();
        assertThat(stories).hasSize(2).containsOnly("s-" + idOf("2024-06-10", stories));
    }

    @Test
    void withoutAWindowArticlesArePlacedAsRead() throws Exception {
        var stories = ingestAndExport("--reorder", "0");
        assertThat(stories).hasSize(2).containsOnly("s-" + idOf("2024-06-12", stories));
    }

    private final List<JsonNode> exported = new ArrayList<>();

    /** The events the articles were placed in, in export order. */
    private List<String> ingestAndExport(String... options) throws Exception {
        Path dump = Files.writeString(dir.resolve("dump.jsonl"), FOLLOW_UP + "\n" + FIRST_REPORT + "\n");
        Path store = dir.resolve("store");
        List<String> args = new ArrayList<>(List.of("ingest", dump.toString(), "--store", store.toString()));
        args.addAll(List.of(options));
        assertThat(StorylineCli.run(args.toArray(String[]::new))).isZero();
        Path out = dir.resolve("articles.jsonl");
        assertThat(StorylineCli.run("export", "--store", store.toString(), "--what", "articles", "--format", "jsonl",
                "--out", out.toString())).isZero();
        var json = new ObjectMapper();
        var stories = new ArrayList<String>();
        for (String line : Files.readAllLines(out)) {
            JsonNode row = json.readTree(line);
            exported.add(row);
            stories.add(row.get("story").asText());
        }
        return stories;
    }

    /** The first 16 characters of the id of the article published on {@code date}. */
    private String idOf(String date, List<String> stories) {
        return exported.stream().filter(r -> r.at("/article/published/date").asText().equals(date))
                .map(r -> r.at("/article/id").asText().substring(0, 16)).findFirst().orElseThrow();
    }
}

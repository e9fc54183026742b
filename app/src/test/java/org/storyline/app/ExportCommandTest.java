package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.server.Dispatches;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.store.RecordJson;
import org.storyline.core.story.StoryAssembler;

class ExportCommandTest {

    @TempDir
    Path dir;

    Path store;

    @BeforeEach
    void fill() throws Exception {
        store = dir.resolve("store");
        try (Archive archive = Archive.open(ArchiveSettings.writable(store))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new MiniLmEmbedder()),
                    new StoryAssembler()::assemble);
            for (var a : Dispatches.all()) {
                ingest.add(a);
            }
            ingest.commit();
        }
    }

    private List<String> export(String what, String format) throws Exception {
        Path out = dir.resolve(what + "." + format);
        assertThat(StorylineCli.run("export", "--store", store.toString(), "--what", what, "--format", format,
                "--out", out.toString())).isZero();
        return Files.readAllLines(out);
    }

    @Test
    void storiesAsJsonlAreFullViews() throws Exception {
        List<String> lines = export("stories", "jsonl");
        assertThat(lines).hasSize(2);
        assertThat(RecordJson.mapper().readTree(lines.get(0)).has("people")).isTrue();
    }

    @Test
    void articlesAsCsvHaveAHeaderAndOneRowEach() throws Exception {
        List<String> lines = export("articles", "csv");
        assertThat(lines.get(0)).isEqualTo("id,story,storyline,outlet,title,url,published,quotes,claims,duplicate_of,source");
        assertThat(lines).hasSize(5);
    }

    @Test
    void storylinesListTheirEvents() throws Exception {
        List<String> lines = export("storylines", "csv");
        assertThat(lines.get(0)).isEqualTo("id,title,first,last,place,events,event_ids,outlets,articles,people");
        assertThat(lines).hasSizeGreaterThan(1);
        List<String> stories = export("stories", "jsonl");
        for (String row : lines.subList(1, lines.size())) {
            String ids = row.split(",")[6];
            assertThat(stories).anyMatch(story -> story.contains("\"id\":\"" + ids.split("\\|")[0] + "\""));
        }
    }

    @Test
    void quotesAndClaimsExport() throws Exception {
        assertThat(export("quotes", "jsonl")).hasSize(2);
        List<String> claims = export("claims", "csv");
        assertThat(claims).hasSize(3);
        assertThat(claims).anyMatch(l -> l.contains(",15000000,EUR,"));
    }

    @Test
    void csvCellsAreQuotedAndFormulasNeutralised() {
        assertThat(ExportTable.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(ExportTable.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(ExportTable.cell(-5.0)).isEqualTo("-5");
    }

    @Test
    void aMissingStoreIsAUsageErrorWithAMessage() {
        assertThat(StorylineCli.run("export", "--store", dir.resolve("none").toString(), "--what", "stories")).isEqualTo(1);
    }

    @Test
    void ingestIntoAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(StorylineCli.run("ingest", dir.toString(), "--store", file.toString())).isEqualTo(1);
    }
}

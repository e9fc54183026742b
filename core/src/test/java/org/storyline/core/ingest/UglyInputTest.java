package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.model.Problem;

/** Every reader survives the ugly inputs: each yields a document or a problem that names it, and nothing throws. */
class UglyInputTest {

    @TempDir
    Path dir;

    private static Path ugly(String name) {
        try {
            return Path.of(UglyInputTest.class.getResource("/ugly/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        new Ingestor().read(List.of(file), sink);
        return sink;
    }

    @Test
    void emptyFileIsAProblemNamingIt() {
        var sink = read(ugly("empty.txt"));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("empty.txt");
            assertThat(p.reason()).startsWith("empty");
        });
    }

    @Test
    void pngIsNamedAsAnImage() {
        var sink = read(ugly("photo-named-as-article.html"));
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("PNG image"));
    }

    @Test
    void latin1TextReadsItsAccents() {
        var sink = read(ugly("latin1.txt"));
        assertThat(sink.documents).singleElement().satisfies(d ->
                assertThat(d.content()).contains("Café owners", "señora", "Inês Laurêncio").doesNotContain("\uFFFD"));
    }

    @Test
    void windows1252TextReadsQuotesDashesAndEuro() {
        var sink = read(ugly("windows1252.txt"));
        assertThat(sink.documents).singleElement().satisfies(d ->
                assertThat(d.content()).contains("\u20ac3 million", "\u2013 The harbour", "\u201cThe channel", "decade.").doesNotContain("\uFFFD"));
    }

    @Test
    void malformedHtmlIsStillADocument() {
        var sink = read(ugly("malformed.html"));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.content()).contains("old library"));
    }

    @Test
    void tenThousandNestedDivsAreRead() throws IOException {
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(10_000) + "<p>Deep inside.</p>" + "</div>".repeat(10_000));
        assertThat(read(deep).documents).hasSize(1);
    }

    @Test
    void fiftyMegabyteTextIsAProblemWithoutReadingItAll() throws IOException {
        Path giant = dir.resolve("giant.txt");
        byte[] line = "The council met again and talked about the bridge for another hour.\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(giant)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        var sink = read(giant);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("too large").contains("10 MB"));
    }

    @Test
    void truncatedGzipIsAProblemNamingTheFile() throws IOException {
        byte[] whole = WarcBytes.gzip("A short article about the harbour.\n".repeat(400).getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("article.txt.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        var sink = read(cut);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("article.txt.gz");
            assertThat(p.reason()).startsWith("truncated");
        });
    }

    @Test
    void truncatedGzippedJsonLinesKeepsTheLinesBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            lines.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"Line number ").append(i * 7919 % 1000).append(" of the log.\"}\n");
        }
        byte[] whole = WarcBytes.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("items.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));
        var sink = read(cut);
        assertThat(sink.documents).hasSizeGreaterThan(100).hasSizeLessThan(2000);
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("truncated"));
        assertThat(sink.documents).allSatisfy(d -> assertThat(d.content()).endsWith("of the log."));
    }

    @Test
    void invalidJsonLinesAreProblemsAndEveryValidLineComesThrough() {
        var sink = read(ugly("mixed.jsonl"));
        assertThat(sink.documents).extracting(d -> d.hints().title())
                .containsExactly("Market moves to the square", "Authors as a string", "Authors as an array");
        assertThat(sink.problems).extracting(Problem::where).containsExactly("line 2", "line 3", "line 6", "line 7");
        assertThat(sink.problems).allSatisfy(p -> assertThat(p.source()).endsWith("mixed.jsonl"));
    }

    @Test
    void rssWithBrokenEntriesKeepsTheGoodItems() {
        var sink = read(ugly("broken-entries.rss"));
        assertThat(sink.documents).extracting(d -> d.hints().url())
                .containsExactly("https://fellsgazette.example/bus-12", "https://fellsgazette.example/ferry");
        assertThat(sink.problems).extracting(Problem::where).containsExactly("item 2", "item 3");
    }

    @Test
    void theWholeFolderIsReadWithoutThrowing() {
        var sink = read(ugly("empty.txt").getParent());
        assertThat(sink.documents).isNotEmpty();
        assertThat(sink.problems).isNotEmpty();
        assertThat(sink.skipped).singleElement().satisfies(s -> assertThat(s).endsWith("README.md"));
    }
}

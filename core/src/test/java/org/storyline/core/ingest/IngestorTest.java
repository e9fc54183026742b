package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void walksDirectoriesInNameOrder() throws IOException {
        write("b/2.txt", "two");
        write("a.txt", "one");
        write("b/1.html", "<p>three</p>");
        CollectingSink sink = new CollectingSink();
        new Ingestor().read(List.of(dir), sink);
        assertThat(sink.documents).extracting(d -> dir.relativize(Path.of(d.source())).toString())
                .containsExactly("a.txt", "b/1.html", "b/2.txt");
    }

    @Test
    void passesOverHiddenFilesAndFolders() throws IOException {
        write(".cache/x.txt", "hidden");
        write(".draft.txt", "hidden");
        write("kept.txt", "kept");
        CollectingSink sink = new CollectingSink();
        new Ingestor().read(List.of(dir), sink);
        assertThat(sink.documents).extracting(d -> d.content()).containsExactly("kept");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void reportsUnsupportedFilesAsSkipped() throws IOException {
        write("notes.docx", "x");
        write("story.txt", "y");
        CollectingSink sink = new CollectingSink();
        List<Path> files = new Ingestor().files(List.of(dir), sink);
        assertThat(files).containsExactly(dir.resolve("story.txt"));
        assertThat(sink.skipped).containsExactly(dir.resolve("notes.docx").toString());
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void missingPathIsAProblemAndTheRestIsRead() throws IOException {
        Path kept = write("kept.txt", "kept");
        CollectingSink sink = new CollectingSink();
        new Ingestor().read(List.of(dir.resolve("missing.txt"), kept), sink);
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("not found"));
        assertThat(sink.documents).hasSize(1);
    }

    @Test
    void namedStreamIsReadByItsName() {
        CollectingSink sink = new CollectingSink();
        new Ingestor().read("upload.jsonl", new java.io.ByteArrayInputStream("{\"text\": \"hi\"}".getBytes()), sink);
        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("upload.jsonl#line 1"));
    }

    @Test
    void rereadingGivesTheSameIds() throws IOException {
        write("a.txt", "one");
        write("b.jsonl", "{\"text\": \"two\"}\n{\"text\": \"three\"}");
        CollectingSink first = new CollectingSink();
        CollectingSink second = new CollectingSink();
        new Ingestor().read(List.of(dir), first);
        new Ingestor().read(List.of(dir), second);
        assertThat(second.documents).extracting(d -> d.id()).isEqualTo(first.documents.stream().map(d -> d.id()).toList());
    }
}

package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.DocumentFormat;

class PageReaderTest {

    @Test
    void textFileIsOneTextDocument() {
        var sink = CollectingSink.read("story.txt", "Harbour wall repaired\n\nThe wall is fixed.");
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(d.source()).isEqualTo("story.txt");
            assertThat(d.content()).isEqualTo("Harbour wall repaired\n\nThe wall is fixed.");
        });
    }

    @Test
    void htmlAndHtmFilesAreHtmlDocuments() {
        assertThat(CollectingSink.read("a.html", "<p>x</p>").documents.get(0).format()).isEqualTo(DocumentFormat.HTML);
        assertThat(CollectingSink.read("A.HTM", "<p>x</p>").documents.get(0).format()).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void idIsTheSameForTheSameBytesUnderAnyName() {
        String id = CollectingSink.read("one.txt", "Same words.").documents.get(0).id();
        assertThat(CollectingSink.read("two.txt", "Same words.").documents.get(0).id()).isEqualTo(id).hasSizeGreaterThanOrEqualTo(16);
        assertThat(CollectingSink.read("one.txt", "Other words.").documents.get(0).id()).isNotEqualTo(id);
    }

    @Test
    void gzippedPageIsUnwrapped() {
        byte[] gz = WarcBytes.gzip("<html><body><p>Packed page</p></body></html>".getBytes(StandardCharsets.UTF_8));
        var sink = CollectingSink.read("page.html.gz", gz);
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(d.content()).contains("Packed page");
        });
    }

    @Test
    void gzNameOnPlainBytesIsADamagedGzipProblem() {
        var sink = CollectingSink.read("page.html.gz", "not compressed");
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("damaged gzip"));
    }

    @Test
    void blankFileIsEmpty() {
        assertThat(CollectingSink.read("blank.txt", " \n\t\n").problems)
                .singleElement().satisfies(p -> assertThat(p.reason()).startsWith("empty"));
    }

    @Test
    void unsupportedNameIsSkippedNotFailed() {
        var sink = CollectingSink.read("photo.jpg", "whatever");
        assertThat(sink.skipped).containsExactly("photo.jpg");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void documentOverTheLimitIsAProblem() {
        CollectingSink sink = new CollectingSink();
        new Ingestor(new IngestSettings(100)).read("long.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("too large: over the 100 bytes document limit"));
    }
}

package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.Pipeline;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.ingest.Ingestor;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;

class ExtractCommandTest {

    @TempDir
    Path dir;

    /** First line as the title; "refuse" is not an article. Keeps these tests about the command, not extraction. */
    private static final ArticleExtractor FIRST_LINE = document -> {
        if (document.content().contains("refuse")) {
            throw new ExtractionException("no article text: only boilerplate");
        }
        String[] lines = document.content().split("\n", 2);
        return new Article(document.id(), document.source(), new Outlet("Valley Ledger", "valleyledger.example"),
                null, lines[0], List.of(new Credit("Ann Roe", CreditRole.REPORTING, "Ostwick")),
                PublicationTime.of(java.time.LocalDate.of(2025, 3, 4)), "Ostwick",
                List.of(lines.length > 1 ? lines[1] : ""), List.of(), "en");
    };

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StorylineCli.commandLine(new Pipeline(new Ingestor(), FIRST_LINE), false)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void exitsZeroWhenEveryInputIsExtracted() throws IOException {
        write("a.txt", "Dam opens\nThe dam opened.");
        write("b.jsonl", "{\"text\": \"Road closed\\nThe road closed.\"}");
        assertThat(run("extract", dir.toString())).isZero();
        assertThat(out.toString()).contains("=== Dam opens", "=== Road closed", "    The dam opened.",
                "Valley Ledger (valleyledger.example)", "2025-03-04", "reporting             Ann Roe in Ostwick");
        assertThat(err.toString()).contains("read 2 documents from 2 files; extracted 2; failed 0");
    }

    @Test
    void exitsTwoWhenSomeInputsFailAndSummarisesThemByReason() throws IOException {
        write("a.txt", "Dam opens\nThe dam opened.");
        write("b.jsonl", "{\"text\": \"refuse\"}\nnot json\n{\"text\": \"Road closed\\nx\"}\n");
        write("c.txt", "");
        assertThat(run("extract", dir.toString())).isEqualTo(StorylineCli.SOME_FAILED);
        assertThat(out.toString()).contains("=== Dam opens", "=== Road closed");
        assertThat(err.toString()).contains("extracted 2; failed 3", "failed by reason:",
                "1  no article text", "1  invalid JSON", "1  empty", "b.jsonl (line 2): invalid JSON");
    }

    @Test
    void missingInputIsAFailedInputNotAUsageError() {
        assertThat(run("extract", dir.resolve("nowhere").toString())).isEqualTo(StorylineCli.SOME_FAILED);
        assertThat(err.toString()).contains("not found");
    }

    @Test
    void exitsOneWithoutPaths() {
        assertThat(run("extract")).isEqualTo(StorylineCli.USAGE);
        assertThat(err.toString()).contains("Usage:");
    }

    @Test
    void exitsOneOnAnUnknownFormat() throws IOException {
        write("a.txt", "Dam opens\nx");
        assertThat(run("extract", "--format", "xml", dir.toString())).isEqualTo(StorylineCli.USAGE);
    }

    @Test
    void exitsOneWhenTheOutputCannotBeWritten() throws IOException {
        write("a.txt", "Dam opens\nx");
        assertThat(run("extract", "--out", dir.resolve("no/such/dir/out.txt").toString(), dir.toString())).isEqualTo(StorylineCli.USAGE);
    }

    @Test
    void jsonlWritesOneArticleALineThatReadsBack() throws IOException {
        write("a.txt", "Dam opens\nThe dam opened.");
        write("b.txt", "Road closed\nThe road closed.");
        assertThat(run("extract", "--format", "JSONL", dir.toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        Article first = ArticleJson.read(lines.get(0));
        assertThat(first.title()).isEqualTo("Dam opens");
        assertThat(first.published()).isEqualTo(PublicationTime.of(java.time.LocalDate.of(2025, 3, 4)));
        assertThat(lines.get(0)).contains("\"date\":\"2025-03-04\"").doesNotContain("\"text\":");
    }

    @Test
    void outWritesTheArticlesToAFile() throws IOException {
        write("a.txt", "Dam opens\nThe dam opened.");
        Path target = dir.resolve("articles.jsonl");
        assertThat(run("extract", "--format", "jsonl", "--out", target.toString(), dir.resolve("a.txt").toString())).isZero();
        assertThat(Files.readAllLines(target)).singleElement().satisfies(l -> assertThat(l).contains("Dam opens"));
        assertThat(out.toString()).isEmpty();
    }
}

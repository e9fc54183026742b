package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.core.Pipeline;
import org.storyline.core.model.Article;

/** The README's first command: the bundled corpus goes through the real pipeline, every file and format. */
class ExampleCorpusTest {

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();
    private static int exit;
    private static List<Article> articles;

    @BeforeAll
    static void extractExamples() {
        Path examples = examples();
        exit = StorylineCli.commandLine(Pipeline.standard(), false)
                .setOut(new PrintWriter(OUT, true))
                .setErr(new PrintWriter(ERR, true))
                .execute("extract", "--format", "jsonl", examples.toString());
        articles = OUT.toString().lines().map(ExampleCorpusTest::article).toList();
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }

    private static Article article(String line) {
        try {
            return ArticleJson.read(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyExampleIsExtracted() {
        assertThat(exit).as(ERR.toString()).isZero();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(14);
        assertThat(ERR.toString()).contains("failed 0");
    }

    @Test
    void examplesComeFromAtLeastFiveOutlets() {
        assertThat(articles.stream().map(Article::outletName).distinct().filter(n -> n != null)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void examplesCoverEveryInputFormat() {
        List<String> sources = articles.stream().map(Article::source).toList();
        for (String format : List.of(".txt", ".html", ".json", ".jsonl#", ".warc.gz#", ".rss#", ".atom#", ".html.gz")) {
            assertThat(sources).as(format).anyMatch(s -> s.contains(format));
        }
    }

    @Test
    void markupQuotedInATechStoryStaysText() {
        assertThat(articles).anySatisfy(a -> assertThat(a.text())
                .contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>"));
    }
}

package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.nlp.CoreNlpAnnotator;

class AnalyzeArticleCommandTest {

    /** CoreNLP takes seconds to load: one annotator for every test here. */
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private static final String ARTICLE = """
            Allies pledge more shells

            OSTWICK, March 4 (Valley Ledger) - Defence Minister Anna Berg said on Tuesday that the alliance \
            had delivered about 300,000 of its promised 1 million artillery shells.

            \u201cWe must keep our promise,\u201d Berg told reporters.
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StorylineCli.commandLine(Pipeline.standard(), false, settings -> new ArticleAnalyzer(ANNOTATOR, settings))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test void textOutputShowsEntitiesQuotesAndClaims() throws IOException {
        write("a.txt", ARTICLE);
        assertThat(run("analyze-article", dir.toString())).isZero();
        assertThat(out.toString()).contains("Anna Berg", "DIRECT", "We must keep our promise",
                "~300,000 of 1,000,000 shells", "\u00ababout 300,000\u00bb");
        assertThat(err.toString()).contains("analyzed 1 article");
    }

    @Test void jsonlWritesOneAnalysisALine() throws IOException {
        write("a.txt", ARTICLE);
        write("b.txt", ARTICLE.replace("Anna Berg", "Carl Holm").replace("Berg told", "Holm told"));
        assertThat(run("analyze-article", "--format", "jsonl", dir.toString())).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        ArticleAnalysis second = AnalysisJson.read(lines[1]);
        assertThat(second.quotes()).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.speaker().name()).isEqualTo("Carl Holm");
        });
        assertThat(second.claims()).anySatisfy(c -> assertThat(c.total()).isEqualTo(1_000_000));
    }

    @Test void unreadableInputExitsTwoAndTheRestIsAnalyzed() throws IOException {
        write("a.txt", ARTICLE);
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        assertThat(run("analyze-article", dir.toString())).isEqualTo(StorylineCli.SOME_FAILED);
        assertThat(out.toString()).contains("Anna Berg");
        assertThat(err.toString()).contains("b.txt", "failed 1");
    }

    @Test void articleInAnotherLanguageIsNotedAndNotAFailure() throws IOException {
        write("de.txt", """
                Minister sagt Hilfe zu

                Die Regierung hat am Montag erklärt, dass sie die Hilfe für die Ukraine nicht kürzen wird, und \
                der Minister sagte, es sei eine Frage der Sicherheit für das ganze Land und für die Nachbarn.
                """);
        assertThat(run("analyze-article", dir.toString())).isZero();
        assertThat(out.toString()).contains("note: written in 'de'");
        assertThat(err.toString()).contains("1 with notes");
    }

    @Test void noPathIsAUsageError() {
        assertThat(run("analyze-article")).isEqualTo(StorylineCli.USAGE);
    }
}

package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.nlp.CoreNlpAnnotator;

class AnalyzeCommandTest {

    /** CoreNLP takes seconds to load: one annotator for every test here. */
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private static final String LEAD = "The Kessel Bridge in Port Alder collapsed during the morning rush hour on Tuesday, "
            + "and emergency crews searched the river for survivors.";

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

    private void article(String file, String outlet, String published, String... paragraphs) throws IOException {
        var json = new ObjectMapper().createObjectNode();
        json.put("title", "Kessel Bridge collapses in Port Alder");
        json.put("outlet", outlet);
        if (published != null) {
            json.put("published", published);
        }
        json.put("text", String.join("\n\n", paragraphs));
        Files.writeString(dir.resolve(file), json.toString());
    }

    private void twoOutlets() throws IOException {
        article("a.json", "Harbour Gazette", "2024-03-05", LEAD,
                "Mayor Maria Lopez said the city would open an independent inquiry into the collapse of the bridge.",
                "The regional government has set aside 40 million euros for a new crossing over the river, Lopez said.",
                "The bridge, built in 1961, carried about 20,000 vehicles a day and had been due for an inspection in May.");
        article("b.json", "Coast Herald", "2024-03-06",
                "Rescue teams spent Tuesday searching the river below Port Alder's Kessel Bridge, which gave way at the height "
                        + "of the morning rush.",
                "An independent inquiry into the collapse will be opened, Maria Lopez, the city's mayor, told reporters.",
                "Traffic across Port Alder was diverted to the northern ring road for the rest of the week, and ferries "
                        + "ran every twenty minutes between the two banks.");
    }

    @Test void showsAStoryAcrossItsOutlets() throws IOException {
        twoOutlets();
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(out.toString()).contains("Storyline 1: Kessel Bridge collapses in Port Alder", "Harbour Gazette", "Coast Herald",
                "2024-03-05 to 2024-03-06", "Summary", "Corroborated by several outlets", "Only in one outlet",
                "northern ring road");
        assertThat(err.toString()).contains("analysed 2 articles into 1 event in 1 storyline");
    }

    @Test void htmlReportIsOnePageWithArticleTextEscaped() throws IOException {
        article("a.json", "Harbour Gazette", "2024-03-05", LEAD,
                "A reader posted <script>alert(1)</script> under the live blog, which the site removed.");
        var html = dir.resolve("report.html");
        assertThat(run("analyze", "--html", html.toString(), dir.resolve("a.json").toString())).isZero();
        var page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<link").doesNotContain("src=\"http");
    }

    @Test void jsonFileHoldsTheFullModel() throws IOException {
        twoOutlets();
        var json = dir.resolve("stories.json");
        assertThat(run("analyze", "--json", json.toString(), dir.resolve("a.json").toString(), dir.resolve("b.json").toString())).isZero();
        var model = new ObjectMapper().readTree(json.toFile());
        assertThat(model.get("storylines")).hasSize(1);
        var storyline = model.get("storylines").get(0);
        assertThat(storyline.get("period").get("first").asText()).isEqualTo("2024-03-05");
        assertThat(storyline.get("events")).hasSize(1);
        var event = storyline.get("events").get(0);
        assertThat(event.get("corroborated")).isNotEmpty();
        assertThat(event.get("period").get("first").asText()).isEqualTo("2024-03-05");
        assertThat(event.get("articles").get(0).get("source").asText()).endsWith(".json");
    }

    @Test void jsonFormatPrintsTheModelOnStandardOutput() throws IOException {
        article("a.json", "Harbour Gazette", "2024-03-05", LEAD);
        assertThat(run("analyze", "--format", "json", dir.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("articles").asInt()).isEqualTo(1);
    }

    @Test void storyOfOneArticleSaysSo() throws IOException {
        article("a.json", "Harbour Gazette", "2024-03-05", LEAD);
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(out.toString()).contains("note: only one independent report");
    }

    @Test void undatedArticlesAreShownUndated() throws IOException {
        article("a.json", "Harbour Gazette", null, LEAD);
        article("b.json", "Coast Herald", null, LEAD + " Divers joined them at noon.");
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(out.toString()).contains("undated", "no article carries a publication date");
    }

    @Test void articlesAllFromOneOutletAreNotCorroboration() throws IOException {
        twoOutlets();
        var second = Files.readString(dir.resolve("b.json")).replace("Coast Herald", "Harbour Gazette");
        Files.writeString(dir.resolve("b.json"), second);
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(out.toString()).contains("every article is from Harbour Gazette").doesNotContain("Corroborated");
    }

    @Test void identicalFilesCountOnce() throws IOException {
        twoOutlets();
        Files.copy(dir.resolve("a.json"), dir.resolve("a-copy.json"));
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(out.toString()).contains("same content").contains("(2 articles");
    }

    @Test void articleInAnotherLanguageIsNotedAndListed() throws IOException {
        twoOutlets();
        var json = new ObjectMapper().createObjectNode();
        json.put("outlet", "Hafenblatt");
        json.put("published", "2024-03-05");
        json.put("text", "Die Kessel-Br\u00fccke in Port Alder ist am Dienstag im Berufsverkehr eingest\u00fcrzt, und die "
                + "Rettungskr\u00e4fte haben den ganzen Tag den Fluss nach \u00dcberlebenden abgesucht, sagte die Polizei.");
        Files.writeString(dir.resolve("c.json"), json.toString());
        assertThat(run("analyze", dir.toString())).isZero();
        assertThat(err.toString()).contains("note:", "'de'");
        assertThat(out.toString()).contains("Hafenblatt");
    }

    @Test void noPathIsAUsageError() {
        assertThat(run("analyze")).isEqualTo(StorylineCli.USAGE);
    }
}

package org.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.ingest.Ingestor;
import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;

class PipelineTest {

    @TempDir
    Path dir;

    /** Takes the first line as the title; refuses documents that say "refuse"; breaks on "crash". */
    private static final ArticleExtractor FIRST_LINE = document -> {
        if (document.content().contains("refuse")) {
            throw new ExtractionException("no article text: only boilerplate");
        }
        if (document.content().contains("crash")) {
            throw new IllegalStateException("extractor bug");
        }
        String[] lines = document.content().split("\n", 2);
        return new Article(document.id(), document.source(), null, null, lines[0], List.of(), null, null,
                List.of(lines.length > 1 ? lines[1] : ""), List.of(), null);
    };

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    private RunReport run() {
        return new Pipeline(new Ingestor(), FIRST_LINE).extract(List.of(dir), listener);
    }

    @Test
    void extractsEveryDocumentInOrder() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title A\nBody A");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"Title B\\nBody B\"}\n{\"text\": \"Title C\\nBody C\"}");
        RunReport report = run();
        assertThat(articles).extracting(Article::title).containsExactly("Title A", "Title B", "Title C");
        assertThat(report).isEqualTo(new RunReport(2, 3, 3, 0, List.of()));
        assertThat(report.allSucceeded()).isTrue();
    }

    @Test
    void extractionFailureIsAProblemNamingTheDocumentsPlace() throws IOException {
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"Fine\\nbody\"}\n{\"text\": \"refuse\"}");
        RunReport report = run();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("b.jsonl");
            assertThat(p.where()).isEqualTo("line 2");
            assertThat(p.reason()).isEqualTo("no article text: only boilerplate");
        });
        assertThat(articles).hasSize(1);
    }

    @Test
    void extractorBugCostsOneDocumentNotTheRun() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "crash");
        Files.writeString(dir.resolve("b.txt"), "Title B\nBody");
        RunReport report = run();
        assertThat(articles).extracting(Article::title).containsExactly("Title B");
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("extractor failed"));
    }

    @Test
    void failuresAreCountedByReasonMostFrequentFirst() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "nope\n{\"text\": \"refuse\"}\nnope either\n");
        Files.writeString(dir.resolve("notes.docx"), "x");
        RunReport report = run();
        assertThat(report.failuresByReason()).containsExactly(
                org.assertj.core.api.Assertions.entry("invalid JSON", 2),
                org.assertj.core.api.Assertions.entry("no article text", 1));
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(problems).hasSize(3);
    }

    @Test
    void reportsProgressOverFiles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A\nx");
        Files.writeString(dir.resolve("b.txt"), "B\nx");
        List<String> ticks = new ArrayList<>();
        new Pipeline(new Ingestor(), FIRST_LINE).extract(List.of(dir), new RunListener() {
            @Override
            public void article(Article article) {
            }

            @Override
            public void progress(int done, int total) {
                ticks.add(done + "/" + total);
            }
        });
        assertThat(ticks).containsExactly("0/2", "1/2", "2/2");
    }
}

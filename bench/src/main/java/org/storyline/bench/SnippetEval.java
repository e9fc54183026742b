package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * The trafilatura evaluation set: pages with snippets the main text must contain ({@code with}) and
 * boilerplate it must not ({@code without}). Text and snippets are compared with whitespace collapsed.
 */
final class SnippetEval {

    /** Shares of {@code with} snippets found and of {@code without} snippets absent, with the counts. */
    record Outcome(int pages, int withFound, int withTotal, int withoutAbsent, int withoutTotal) {
        double withRate() {
            return withTotal == 0 ? 0 : (double) withFound / withTotal;
        }

        double withoutRate() {
            return withoutTotal == 0 ? 0 : (double) withoutAbsent / withoutTotal;
        }
    }

    private SnippetEval() {
    }

    static Outcome run(Path dir, ArticleExtractor extractor) throws IOException {
        JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        int pages = 0;
        int withFound = 0;
        int withTotal = 0;
        int withoutAbsent = 0;
        int withoutTotal = 0;
        var names = eval.fieldNames();
        while (names.hasNext()) {
            String url = names.next();
            JsonNode entry = eval.get(url);
            Path html = dir.resolve(entry.get("html_path").asText());
            if (!Files.exists(html)) {
                continue;
            }
            pages++;
            String text = normalize(text(extractor, url, PageDecoder.read(html)));
            for (String snippet : strings(entry.get("with"))) {
                withTotal++;
                if (text.contains(normalize(snippet))) {
                    withFound++;
                }
            }
            for (String snippet : strings(entry.get("without"))) {
                withoutTotal++;
                if (!text.contains(normalize(snippet))) {
                    withoutAbsent++;
                }
            }
        }
        return new Outcome(pages, withFound, withTotal, withoutAbsent, withoutTotal);
    }

    private static String text(ArticleExtractor extractor, String url, String html) {
        try {
            Article a = extractor.extract(new RawDocument(url, url, DocumentFormat.HTML, html,
                    new DocumentHints(url, null, null, null, null)));
            return a.text();
        } catch (ExtractionException e) {
            return "";
        }
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static String normalize(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}

package org.storyline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.store.RecordJson;

/**
 * An evaluation's JSON-lines documents as the product reads them: the file goes through the standard
 * ingest and extract path (each line a JSON article, its {@code url} and {@code published} hints, so the
 * extractor finds the date line, the dateline place and the outlet), and each article through
 * {@link ArticleAnalyzer} (CoreNLP, dates resolved against the publication date, entities, quotes, claims).
 * Only the gold labels come from the evaluation's own reader, matched by line.
 *
 * <p>Analyses are kept in {@code bench/target/cache} between runs, keyed by the extracted article, so that
 * tuning does not pay CoreNLP again; the sentences and tokens, which clustering does not read, are not
 * kept unless asked for ({@link #full}). Delete the file after changing the nlp, entities, quotes or claims stage.
 */
final class LineAnalyses {

    private final Path cache;
    private final boolean lean;

    private LineAnalyses(Path cache, boolean lean) {
        this.cache = cache;
        this.lean = lean;
    }

    /**
     * Each non-blank line's analysis, keyed by the doc id {@code idOfLine} gives for its 1-based line
     * number; a document the extractor rejects has none. Analyses are kept in {@code cache}.
     */
    static Map<String, ArticleAnalysis> of(Path jsonl, Map<Integer, String> idOfLine, Path cache) throws IOException {
        return new LineAnalyses(cache, true).analyse(jsonl, idOfLine);
    }

    /** As {@link #of}, keeping the sentences and tokens too (what the story stage reads), in {@code cache}. */
    static Map<String, ArticleAnalysis> full(Path jsonl, Map<Integer, String> idOfLine, Path cache) throws IOException {
        return new LineAnalyses(cache, false).analyse(jsonl, idOfLine);
    }

    /** The 1-based number of each non-blank line, to the id {@code ids} gives in the same order. */
    static Map<Integer, String> idsByLine(Path jsonl, List<String> ids) throws IOException {
        Map<Integer, String> idOfLine = new HashMap<>();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        int d = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                idOfLine.put(i + 1, ids.get(d++));
            }
        }
        return idOfLine;
    }

    private Map<String, ArticleAnalysis> analyse(Path jsonl, Map<Integer, String> idOfLine) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        Pipeline.standard().extract(List.of(jsonl), new RunListener() {
            @Override
            public void article(Article article) {
                String source = article.source();
                int line = Integer.parseInt(source.substring(source.lastIndexOf("#line ") + 6));
                articles.put(idOfLine.get(line), article);
            }
        });
        Map<String, ArticleAnalysis> cached = read();
        Map<String, ArticleAnalysis> out = new HashMap<>();
        List<Article> missing = new ArrayList<>();
        List<String> missingIds = new ArrayList<>();
        articles.forEach((id, article) -> {
            ArticleAnalysis hit = cached.get(key(article));
            if (hit != null) {
                out.put(id, hit);
            } else {
                missing.add(article);
                missingIds.add(id);
            }
        });
        if (!missing.isEmpty()) {
            List<ArticleAnalysis> fresh = new ArrayList<>();
            new ArticleAnalyzer().analyzeAll(missing, outcome -> fresh.add(lean ? lean(outcome.analysis()) : outcome.analysis()));
            for (int i = 0; i < fresh.size(); i++) {
                out.put(missingIds.get(i), fresh.get(i));
                cached.put(key(missing.get(i)), fresh.get(i));
            }
            write(cached);
        }
        return out;
    }

    private static ArticleAnalysis lean(ArticleAnalysis a) {
        AnnotatedArticle annotated = a.annotated();
        return new ArticleAnalysis(new AnnotatedArticle(annotated.article(), annotated.text(), List.of(),
                annotated.mentions()), a.entities(), a.quotes(), a.claims());
    }

    private static String key(Article article) {
        String json = RecordJson.write(article);
        return json.hashCode() + ":" + json.length();
    }

    private Map<String, ArticleAnalysis> read() throws IOException {
        Map<String, ArticleAnalysis> cached = new HashMap<>();
        if (!Files.isReadable(cache)) {
            return cached;
        }
        for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
            try {
                JsonNode node = RecordJson.mapper().readTree(line);
                cached.put(node.get("key").asText(),
                        RecordJson.mapper().treeToValue(node.get("analysis"), ArticleAnalysis.class));
            } catch (IOException | RuntimeException e) {
                return new HashMap<>(); // a cache from another version: start afresh
            }
        }
        return cached;
    }

    private void write(Map<String, ArticleAnalysis> cached) throws IOException {
        Files.createDirectories(cache.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, ArticleAnalysis> e : cached.entrySet()) {
                ObjectNode node = RecordJson.mapper().createObjectNode();
                node.put("key", e.getKey());
                node.set("analysis", RecordJson.mapper().valueToTree(e.getValue()));
                out.write(RecordJson.mapper().writeValueAsString(node));
                out.newLine();
            }
        }
    }
}

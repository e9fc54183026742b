package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.storyline.core.model.Article;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One PolNeAR article with its gold attributions, read from {@code polnear_train_dev.jsonl}. The text is
 * split into paragraphs on blank lines, so {@link Article#text()} gives back exactly the annotated text and
 * the gold offsets point into it.
 */
record PolnearDocument(String id, String split, Article article, List<Attribution> attributions) {

    /** One gold attribution: who (source), the cue, and what was attributed (content), each possibly in pieces. */
    record Attribution(List<Span> source, List<Span> cue, List<Span> content, String contentText) {

        boolean hasSource() {
            return !source.isEmpty();
        }

        /**
         * PolNeAR's direct quotes: the content holds a quotation mark. Double marks count, typed as two
         * apostrophes too (the New York Times' articles write ''…''), and the opening single mark (headlines
         * quote with ‘…’); the closing single mark is also the apostrophe, so it alone says nothing.
         */
        boolean isDirect() {
            return contentText.contains("''")
                    || contentText.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018');
        }
    }

    static List<PolnearDocument> read(Path jsonl, String split) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PolnearDocument> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (!split.equals(n.path("split").asText())) {
                    continue;
                }
                out.add(of(n));
            }
        }
        return out;
    }

    private static PolnearDocument of(JsonNode n) {
        String text = n.path("text").asText();
        LocalDate date = parseDate(n.path("publication_date").asText(""));
        Article article = new Article(n.path("doc_id").asText() + "#" + n.path("annotator").asText(), "polnear",
                null, null, null, List.of(), date == null ? null : PublicationTime.of(date), null,
                Arrays.asList(text.split(Article.PARAGRAPH_SEPARATOR, -1)), List.of(), "en");
        List<Attribution> attributions = new ArrayList<>();
        for (JsonNode a : n.path("attributions")) {
            StringBuilder content = new StringBuilder();
            a.path("content").forEach(s -> content.append(s.get(2).asText()).append(' '));
            attributions.add(new Attribution(spans(a.path("source")), spans(a.path("cue")), spans(a.path("content")),
                    content.toString()));
        }
        return new PolnearDocument(n.path("doc_id").asText(), n.path("split").asText(), article, attributions);
    }

    private static List<Span> spans(JsonNode list) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : list) {
            int b = s.get(0).asInt();
            int e = s.get(1).asInt();
            if (e > b) {
                out.add(new Span(b, e));
            }
        }
        return out;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

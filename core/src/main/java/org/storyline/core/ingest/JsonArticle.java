package org.storyline.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * One article as a JSON object: {@code url, title, text, html, published, outlet, authors}. The page's
 * {@code html}, when present, wins over {@code text}: it carries the metadata the text lost. A few common
 * spellings of the same fields ({@code link}, {@code date}, {@code author}, {@code body}) are read too,
 * since dumps from scrapers name them freely.
 */
final class JsonArticle {

    /** Unix times this large are milliseconds: as seconds they would be past the year 5000. */
    private static final long MILLIS_FROM = 100_000_000_000L;

    private JsonArticle() {
    }

    /**
     * Reports {@code node} to the sink as a document or as a problem.
     *
     * @param where the record's place in its file ({@code line 3}), or {@code null} when it is the whole file
     */
    static void report(JsonNode node, String id, String source, String where, IngestSettings settings, DocumentSink sink) {
        String documentSource = where == null ? source : source + "#" + where;
        if (!node.isObject()) {
            sink.problem(new Problem(source, where, "not an article: a JSON " + node.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not an object"));
            return;
        }
        String notText = notText(node, "html", "raw_html", "text", "body", "content");
        if (notText != null) {
            sink.problem(new Problem(source, where, notText));
            return;
        }
        String html = text(node, "html", "raw_html");
        String plain = text(node, "text", "body", "content");
        DocumentFormat format = html != null ? DocumentFormat.HTML : DocumentFormat.TEXT;
        String content = html != null ? html : plain;
        if (content == null) {
            sink.problem(new Problem(source, where, "no article text: the object has neither \"html\" nor \"text\""));
            return;
        }
        if (content.length() > settings.maxDocumentBytes()) {
            sink.problem(new Problem(source, where, DocumentBytes.tooLarge(settings)));
            return;
        }
        DocumentHints hints = new DocumentHints(text(node, "url", "link"), text(node, "title", "headline"),
                name(node.get("outlet")), authors(node), published(node));
        sink.document(new RawDocument(id, documentSource, format, content, hints));
    }

    /**
     * Why the article text cannot be read, or null: a text field given as a number, a list or an object
     * ({@code "text": 5}) is a broken record, not a five.
     */
    private static String notText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return "the \"" + field + "\" field is a JSON " + value.getNodeType().toString().toLowerCase(Locale.ROOT)
                        + ", not a string of article text";
            }
        }
        return null;
    }

    /** The date as written, or a number read as Unix time (seconds, or milliseconds when that large) in ISO-8601. */
    private static String published(JsonNode node) {
        for (String field : List.of("published", "date", "datePublished")) {
            JsonNode value = node.get(field);
            if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
                long epoch = value.asLong();
                return (Math.abs(epoch) >= MILLIS_FROM ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch)).toString();
            }
            String text = nonBlank(value);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode node) {
        JsonNode authors = node.has("authors") ? node.get("authors") : node.get("author");
        List<String> names = new ArrayList<>();
        if (authors != null && authors.isArray()) {
            authors.forEach(a -> addName(names, name(a)));
        } else {
            addName(names, name(authors));
        }
        return names;
    }

    private static void addName(List<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    /** A name given as a string, or as an object with a {@code name} (schema.org Person, Organization). */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? text(node, "name") : nonBlank(node);
    }

    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = nonBlank(node.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String nonBlank(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}

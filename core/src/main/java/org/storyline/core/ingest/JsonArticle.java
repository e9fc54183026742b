package org.storyline.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
            sink.problem(new Problem(source, where, "not an article: a JSON " + node.getNodeType().toString().toLowerCase() + ", not an object"));
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
                name(node.get("outlet")), authors(node), text(node, "published", "date", "datePublished"));
        sink.document(new RawDocument(id, documentSource, format, content, hints));
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

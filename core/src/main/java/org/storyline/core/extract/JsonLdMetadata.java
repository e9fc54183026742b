package org.storyline.core.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads schema.org JSON-LD ({@code <script type="application/ld+json">}): the first object typed as
 * an article (NewsArticle and its kin), found at the top, in arrays or in an {@code @graph}. Sites
 * write sloppy JSON here, so the reader is lenient, and a block it still cannot read is skipped.
 */
final class JsonLdMetadata {

    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "review", "socialmediaposting");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    /** Deeper JSON is not metadata; the bound keeps hostile input cheap. */
    private static final int MAX_NODES = 20_000;

    private JsonLdMetadata() {
    }

    static PageFacts read(PageElements page) {
        JsonNode article = null;
        JsonNode publisherFallback = null;
        String anyPublished = null;
        String anyModified = null;
        for (Element script : page.select(LD_JSON, page.byTag("script"))) {
            JsonNode root = parse(script.data());
            if (root == null) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                if (article == null && typed(node, ARTICLE_TYPES)) {
                    article = node;
                }
                if (anyPublished == null) {
                    anyPublished = text(node.get("datePublished"));
                    anyModified = text(node.get("dateModified"));
                }
                if (publisherFallback == null && typed(node, Set.of("organization", "newsmediaorganization", "website"))) {
                    publisherFallback = node;
                }
            }
        }
        if (article == null) {
            String site = publisherFallback == null ? null : text(publisherFallback.get("name"));
            // A recipe, a video or a web page still dates the page it sits on.
            return new PageFacts(null, site, List.of(), anyPublished, anyModified, null, null, null);
        }
        String site = name(article.get("publisher"));
        if (site == null && publisherFallback != null) {
            site = text(publisherFallback.get("name"));
        }
        String published = text(article.get("datePublished"));
        if (published == null) {
            published = text(article.get("dateCreated"));
        }
        String modified = text(article.get("dateModified"));
        if (published == null) {
            published = anyPublished;
            modified = modified == null ? anyModified : modified;
        }
        String title = text(article.get("headline"));
        if (title == null) {
            title = text(article.get("name"));
        }
        return new PageFacts(title, site, names(article.get("author")), published, modified,
                text(article.get("inLanguage")), text(article.get("url")), text(article.get("articleBody")));
    }

    private static JsonNode parse(String data) {
        String json = data.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.replace("//<![CDATA[", "").replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "");
        try {
            return JSON.readTree(json);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every JSON object in the tree, breadth first, so that top-level objects come before nested ones. */
    private static List<JsonNode> objects(JsonNode root) {
        var found = new ArrayList<JsonNode>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                found.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            } else if (node.isArray()) {
                node.forEach(queue::add);
            }
        }
        return found;
    }

    private static boolean typed(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> names(JsonNode authors) {
        var names = new ArrayList<String>();
        if (authors == null) {
            return names;
        }
        if (authors.isArray()) {
            for (JsonNode a : authors) {
                String n = name(a);
                if (n != null) {
                    names.add(n);
                }
            }
        } else {
            String n = name(authors);
            if (n != null) {
                names.add(n);
            }
        }
        return names;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        String name = node.isObject() ? text(node.get("name")) : text(node);
        // A template whose person was left empty (", The Gazette") names only the outlet: no author.
        return name == null || name.startsWith(",") ? null : name;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            if (node != null && node.isArray() && !node.isEmpty()) {
                return text(node.get(0));
            }
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}

package org.storyline.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The whole story from the data a page hydrates itself with, when its HTML shows only the opening. Script-built
 * pages (a paywall, lazy loading) print the first paragraphs and carry the story as rich text in a JSON script
 * ({@code <script id="__NEXT_DATA__" type="application/json">}): an array of paragraph nodes whose text sits in
 * text nodes ({@code {"type": "text", "value": "..."}}). The story is that array when its first paragraphs are the
 * ones the page shows, in order, and it is more than twice as long as they are; anything else in the data
 * (related stories, navigation, settings) is left alone.
 */
final class HydratedStory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluator JSON_DATA = QueryParser.parse("script[type=application/json]");
    /** How much longer than the visible text the data's story must be to be taken instead. */
    private static final double MIN_GROWTH = 2;
    private static final int KEY_CHARS = 50;
    private static final int MIN_KEY_PARAGRAPH = 80;
    private static final int MIN_ARRAY = 3;
    private static final int MIN_HITS = 2;

    private HydratedStory() {
    }

    /** The page's JSON scripts, read before the cleaner removes every script. */
    static List<String> data(PageElements page) {
        var data = new ArrayList<String>();
        for (Element script : page.select(JSON_DATA, page.byTag("script"))) {
            data.add(script.data());
        }
        return data;
    }

    /** The story from the page's JSON data ({@link #data}) when {@code visible} is its opening, else {@code visible}. */
    static List<String> story(List<String> scripts, List<String> visible) {
        List<String> keys = keys(visible);
        if (keys.isEmpty()) {
            return visible;
        }
        int shown = length(visible);
        for (String data : scripts) {
            if (data.length() <= MIN_GROWTH * shown || !mentions(data, keys)) {
                continue;
            }
            List<String> story = story(parse(data), keys);
            if (story != null && length(story) > MIN_GROWTH * shown) {
                return story;
            }
        }
        return visible;
    }

    /** The paragraphs of the array whose elements hold the most of the visible paragraphs, if it opens with them. */
    private static List<String> story(JsonNode root, List<String> keys) {
        JsonNode best = null;
        int bestHits = 0;
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isContainerNode()) {
                node.forEach(todo::push);
            }
            if (node.isArray() && node.size() >= MIN_ARRAY) {
                int hits = 0;
                for (JsonNode element : node) {
                    hits += holdsKey(text(element), keys) ? 1 : 0;
                }
                if (hits > bestHits || hits == bestHits && best != null && node.size() > best.size()) {
                    best = node;
                    bestHits = hits;
                }
            }
        }
        // Two paragraphs at least, each in its own element: an array of whole stories holds all of them in one.
        if (best == null || bestHits < MIN_HITS) {
            return null;
        }
        var paragraphs = new ArrayList<String>();
        for (JsonNode element : best) {
            String text = Words.squash(text(element)).strip();
            if (text.length() >= MIN_KEY_PARAGRAPH || text.length() >= 25 && Words.count(text) > 3 && endsSentence(text)) {
                paragraphs.add(text);
            }
        }
        return opensWith(paragraphs, keys) ? paragraphs : null;
    }

    /** Whether the visible paragraphs (all but one at most) are the first of {@code paragraphs}. */
    private static boolean opensWith(List<String> paragraphs, List<String> keys) {
        int found = 0;
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (holdsKey(paragraphs.get(i), keys)) {
                found++;
                last = i;
            }
        }
        return found > 0 && found >= keys.size() - 1 && last <= keys.size();
    }

    /** The text of a rich-text subtree: its text nodes' strings, in order, as written (they carry their spaces). */
    static String text(JsonNode node) {
        var out = new StringBuilder();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject() && "text".equals(n.path("type").asText(null))) {
                for (String field : List.of("text", "value", "data")) {
                    if (n.path(field).isTextual()) {
                        out.append(n.get(field).asText());
                        break;
                    }
                }
            } else if (n.isContainerNode()) {
                var children = new ArrayList<JsonNode>();
                n.forEach(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        return out.toString();
    }

    private static List<String> keys(List<String> visible) {
        var keys = new ArrayList<String>();
        for (String p : visible) {
            String squashed = Words.squash(p).strip();
            if (squashed.length() >= MIN_KEY_PARAGRAPH) {
                keys.add(squashed.substring(0, KEY_CHARS));
            }
        }
        return keys;
    }

    private static boolean holdsKey(String text, List<String> keys) {
        if (text.isEmpty()) {
            return false;
        }
        String squashed = Words.squash(text);
        for (String key : keys) {
            if (squashed.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** A cheap look before parsing: the raw data names one of the visible paragraphs' openings. */
    private static boolean mentions(String data, List<String> keys) {
        for (String key : keys) {
            if (data.contains(key.substring(0, KEY_CHARS / 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d';
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}

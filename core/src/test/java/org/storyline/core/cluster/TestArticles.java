package org.storyline.core.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.storyline.core.model.Article;

/** The cluster tests' own small articles, one paragraph a blank-line-separated block. */
final class TestArticles {

    private TestArticles() {
    }

    static List<String> paragraphs(String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream("/cluster/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String id, String title, List<String> paragraphs) {
        return new Article(id, id + ".txt", null, null, title, List.of(), null, null, paragraphs, List.of(), "en");
    }
}

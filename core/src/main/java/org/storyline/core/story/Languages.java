package org.storyline.core.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Which articles of a story can be compared word for word: those in the language most of its articles
 * are in. An undetermined language ({@code und}) is compatible with any.
 */
final class Languages {

    static final String UNDETERMINED = "und";

    private Languages() {
    }

    static String main(List<ArticleAnalysis> articles) {
        var counts = new HashMap<String, Integer>();
        for (var a : articles) {
            var language = a.article().language();
            if (!UNDETERMINED.equals(language)) {
                counts.merge(language, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((java.util.Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().equals("en")))
                .map(java.util.Map.Entry::getKey)
                .orElse(UNDETERMINED);
    }

    static boolean compatible(String language, String main) {
        return UNDETERMINED.equals(language) || UNDETERMINED.equals(main) || language.equals(main);
    }
}

package org.storyline.core.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.storyline.core.model.ArticleAnalysis;

/**
 * A story's title and place. The title is the headline closest to the whole coverage; with no headline,
 * the lead sentence of the article closest to it. The place is the dateline most independent reports
 * share (the first article's on a tie).
 */
final class Headline {

    private Headline() {
    }

    static String title(List<ArticleAnalysis> articles, List<Passage> passages, Centroid centroid) {
        var headline = articles.stream()
                .filter(a -> a.article().title() != null && !a.article().title().isBlank())
                .max(Comparator.comparingDouble(a -> centroid.closeness(ClaimMatcher.stems(a.article().title()))));
        if (headline.isPresent()) {
            return headline.get().article().title().strip();
        }
        return passages.stream()
                .filter(p -> p.sentence() == firstSentence(passages, p))
                .max(Comparator.comparingDouble(p -> centroid.closeness(p.terms())))
                .map(Passage::text)
                .orElse("Untitled story");
    }

    private static int firstSentence(List<Passage> passages, Passage of) {
        return passages.stream().filter(p -> p.source() == of.source()).mapToInt(Passage::sentence).min().orElse(0);
    }

    static String place(List<ArticleAnalysis> articles) {
        var counts = new LinkedHashMap<String, Integer>();
        var spelling = new LinkedHashMap<String, String>();
        for (var a : articles) {
            var place = a.article().datelinePlace();
            if (place != null && !place.isBlank()) {
                var key = place.strip().toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                spelling.putIfAbsent(key, titleCase(place.strip()));
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue()))
                .map(e -> spelling.get(e.getKey()))
                .orElse(null);
    }

    /** "BRUSSELS" as "Brussels"; a place already in mixed case is kept as written. */
    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        return Arrays.stream(place.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}

package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Which of a story's articles may print a quote word for word: an index from each word to the articles
 * whose text holds it. A quote's inner words (its first and last may be cut mid-word) are all whole words
 * of any text that prints it, so only the articles holding its rarest inner word need
 * {@link VerbatimQuote#find} — which keeps finding a quote in other reports from growing with the square
 * of a big story's size.
 */
final class QuoteSightings {

    private static final String WORD_BREAK = "[^\\p{L}\\p{N}]+";

    private final Map<String, List<ArticleAnalysis>> articlesWith = new HashMap<>();

    QuoteSightings(List<ArticleAnalysis> articles) {
        for (var a : articles) {
            for (var w : new HashSet<>(List.of(split(a.annotated().text())))) {
                if (!w.isEmpty()) {
                    articlesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(a);
                }
            }
        }
    }

    /** The articles that may print {@code quote}; all of them when the quote is too short to narrow down. */
    List<ArticleAnalysis> candidates(String quote, List<ArticleAnalysis> all) {
        var words = split(quote.strip());
        List<ArticleAnalysis> rarest = null;
        for (int i = 1; i < words.length - 1; i++) {
            var holding = articlesWith.getOrDefault(words[i], List.of());
            if (rarest == null || holding.size() < rarest.size()) {
                rarest = holding;
            }
        }
        return rarest == null ? all : rarest;
    }

    private static String[] split(String text) {
        return text.toLowerCase(Locale.ROOT).split(WORD_BREAK);
    }
}

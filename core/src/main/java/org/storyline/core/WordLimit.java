package org.storyline.core;

import java.util.ArrayList;
import java.util.List;

import org.storyline.core.model.Article;

/**
 * Cuts an article to its first words. The cut article's text is a prefix of the original's, so every
 * span found in it is also a span of the original.
 */
final class WordLimit {

    private WordLimit() {
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The article with only its first {@code maxWords} words, cut at a word boundary. */
    static Article cut(Article article, int maxWords) {
        List<String> kept = new ArrayList<>();
        int left = maxWords;
        for (String paragraph : article.paragraphs()) {
            int words = words(paragraph);
            if (words <= left) {
                kept.add(paragraph);
                left -= words;
                continue;
            }
            if (left > 0) {
                kept.add(paragraph.substring(0, endOfWord(paragraph, left)));
            }
            break;
        }
        return new Article(article.id(), article.source(), article.outlet(), article.url(), article.title(),
                article.credits(), article.published(), article.datelinePlace(), kept, article.captions(),
                article.language());
    }

    /** The index just after the {@code n}-th word of {@code text}. */
    private static int endOfWord(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && inWord && ++words == n) {
                return i;
            }
            inWord = !space;
        }
        return text.length();
    }
}

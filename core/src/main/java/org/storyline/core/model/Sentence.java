package org.storyline.core.model;

import java.util.List;

/**
 * One sentence of an annotated article.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph that holds it, from 0
 * @param span      where it is in {@link Article#text()}
 * @param tokens    its tokens in order
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}

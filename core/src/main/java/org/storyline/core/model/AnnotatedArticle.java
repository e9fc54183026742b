package org.storyline.core.model;

import java.util.List;

/**
 * An article with its linguistic annotation: sentences, tokens and mentions.
 *
 * @param article   the article annotated
 * @param text      {@link Article#text()}, kept once so stages do not rebuild it
 * @param sentences its sentences in order
 * @param mentions  named-entity and numeric mentions in text order
 */
public record AnnotatedArticle(Article article, String text, List<Sentence> sentences, List<Mention> mentions) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}

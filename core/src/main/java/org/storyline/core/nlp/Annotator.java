package org.storyline.core.nlp;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;

/**
 * The {@code nlp} stage: sentences, tokens with part of speech, lemma and named-entity tag, and
 * named and numeric mentions with normalized values. Implementations are thread-safe and never throw
 * on odd text: an article with nothing to annotate comes back with no sentences.
 */
public interface Annotator {

    AnnotatedArticle annotate(Article article);
}

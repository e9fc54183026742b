package org.storyline.core.extract;

import org.storyline.core.model.Article;
import org.storyline.core.model.RawDocument;

/** Turns one raw document into a clean {@link Article}. Implementations are thread-safe. */
public interface ArticleExtractor {

    /**
     * @throws ExtractionException when the document holds no article text (empty, binary, only
     *                             boilerplate); the pipeline reports it as a problem and goes on
     */
    Article extract(RawDocument document) throws ExtractionException;
}

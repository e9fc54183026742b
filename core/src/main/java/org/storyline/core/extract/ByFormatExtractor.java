package org.storyline.core.extract;

import java.util.Objects;
import org.storyline.core.model.Article;
import org.storyline.core.model.RawDocument;

/** Hands each document to the extractor for its format: HTML pages to one, plain text to the other. */
public final class ByFormatExtractor implements ArticleExtractor {

    private final ArticleExtractor html;
    private final ArticleExtractor text;

    public ByFormatExtractor(ArticleExtractor html, ArticleExtractor text) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public Article extract(RawDocument document) throws ExtractionException {
        return switch (document.format()) {
            case HTML -> html.extract(document);
            case TEXT -> text.extract(document);
        };
    }
}

package org.storyline.core.model;

import java.util.List;

/**
 * Everything Storyline understands of one article: its entities, quotes and claims.
 *
 * @param annotated the annotated article the analysis was made from
 * @param entities  people, organisations and places, each once
 * @param quotes    quotes in text order
 * @param claims    numeric claims in text order
 */
public record ArticleAnalysis(AnnotatedArticle annotated, List<Entity> entities, List<Quote> quotes, List<Claim> claims) {

    public ArticleAnalysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    public Article article() {
        return annotated.article();
    }
}

package org.storyline.core.cluster;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.PublicationTime;

/** Builds the {@link ArticleProfile} that {@link StoryAssigner} needs from an article's analysis. Thread-safe. */
public final class ArticleProfiler {

    private final Embedder embedder;
    private final KeywordExtractor keywords = new KeywordExtractor();

    public ArticleProfiler(Embedder embedder) {
        this.embedder = embedder;
    }

    public ArticleProfile profile(ArticleAnalysis analysis) {
        Article article = analysis.article();
        String headline = article.title() == null ? "" : article.title();
        String body = article.text();
        String lead = headline.isEmpty() ? body : headline + "\n" + body;
        Map<EntityType, Set<String>> entities = new EnumMap<>(EntityType.class);
        for (Entity e : analysis.entities()) {
            if (e.name() != null && !e.name().isBlank()) {
                entities.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(e.name());
            }
        }
        return new ArticleProfile(article.id(), article.outletName(), instant(article.published()),
                embedder.embed(lead), entities, keywords.count(lead));
    }

    /** Midnight UTC when the time of day is unknown; the story window is days long, so hours hardly matter. */
    static Instant instant(PublicationTime published) {
        if (published == null) {
            return null;
        }
        LocalTime time = published.time() == null ? LocalTime.MIDNIGHT : published.time();
        ZoneOffset offset = published.offset() == null ? ZoneOffset.UTC : published.offset();
        return published.date().atTime(time).toInstant(offset);
    }
}

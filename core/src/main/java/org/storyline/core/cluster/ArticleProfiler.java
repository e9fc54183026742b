package org.storyline.core.cluster;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.PublicationTime;

/**
 * Builds the {@link ArticleProfile} that {@link StoryAssigner} needs from an article's analysis: the
 * entities with how often each is mentioned, the dateline place as a place, and the dates the text names
 * (resolved by the {@code nlp} stage against the publication date). Thread-safe.
 */
public final class ArticleProfiler {

    private final Embedder embedder;
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final RoundupDetector roundups = new RoundupDetector();

    public ArticleProfiler(Embedder embedder) {
        this.embedder = embedder;
    }

    public ArticleProfile profile(ArticleAnalysis analysis) {
        Article article = analysis.article();
        String headline = article.title() == null ? "" : article.title();
        String body = article.text();
        String lead = headline.isEmpty() ? body : headline + "\n" + body;
        Map<EntityType, Set<String>> entities = new EnumMap<>(EntityType.class);
        Map<String, Integer> prominence = new HashMap<>();
        for (Entity e : analysis.entities()) {
            if (e.name() != null && !e.name().isBlank()) {
                entities.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(e.name());
                prominence.merge(e.name(), Math.max(1, e.mentions().size()), Integer::sum);
            }
        }
        String place = article.datelinePlace();
        if (place != null && !place.isBlank()) {
            entities.computeIfAbsent(EntityType.PLACE, t -> new LinkedHashSet<>()).add(place);
            prominence.merge(place, 1, Integer::sum);
        }
        List<String> dates = new ArrayList<>();
        for (Mention m : analysis.annotated().mentions()) {
            if (m.type() == MentionType.DATE && m.normalized() != null) {
                dates.add(m.normalized());
            }
        }
        return new ArticleProfile(article.id(), article.outletName(), instant(article.published()),
                embedder.embed(lead), entities, keywords.count(lead), prominence, dates,
                roundups.isRoundup(headline, body));
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

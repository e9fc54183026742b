package org.storyline.core.cluster;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.storyline.core.model.EntityType;

/**
 * What story clustering needs to know of one article, and nothing more: small enough that a stream
 * of a hundred thousand fits in memory, and buildable without NLP for benchmarks.
 *
 * @param id         the article id
 * @param outlet     the outlet's name, or {@code null}
 * @param time       when it was published, or {@code null} when unknown (then it may join any story)
 * @param vector     its sentence embedding; any length, the same for every article of one run; compared
 *                   by cosine, so it need not be normalised. Not copied: callers must not change it
 * @param entities   the names of the people, organisations and places it mentions, by type
 * @param keywords   content words (stemmed, stop words removed) with their counts
 * @param prominence how often the article mentions each of those names (pronouns and surnames included);
 *                   a name missing here counts once
 * @param datesNamed the calendar dates the text names, as ISO values ({@code 2013-05-02}, {@code 2013-05},
 *                   {@code 2013}), in text order
 * @param roundup    whether it is a roundup, deals page, listicle or evergreen piece ({@link RoundupDetector}):
 *                   not coverage of one happening, so it stands alone
 */
public record ArticleProfile(String id, String outlet, Instant time, float[] vector,
                             Map<EntityType, Set<String>> entities, Map<String, Integer> keywords,
                             Map<String, Integer> prominence, List<String> datesNamed, boolean roundup) {

    public ArticleProfile {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(vector, "vector");
        Map<EntityType, Set<String>> copy = new EnumMap<>(EntityType.class);
        entities.forEach((type, names) -> copy.put(type, Set.copyOf(names)));
        entities = Map.copyOf(copy);
        keywords = Map.copyOf(keywords);
        prominence = Map.copyOf(prominence);
        datesNamed = List.copyOf(datesNamed);
    }

    /** A profile of coverage (not a roundup). */
    public ArticleProfile(String id, String outlet, Instant time, float[] vector,
                          Map<EntityType, Set<String>> entities, Map<String, Integer> keywords,
                          Map<String, Integer> prominence, List<String> datesNamed) {
        this(id, outlet, time, vector, entities, keywords, prominence, datesNamed, false);
    }

    /** A profile with every name mentioned once and no dates named. */
    public ArticleProfile(String id, String outlet, Instant time, float[] vector,
                          Map<EntityType, Set<String>> entities, Map<String, Integer> keywords) {
        this(id, outlet, time, vector, entities, keywords, Map.of(), List.of());
    }

    /** The entity and keyword terms the assigner compares and counts for idf (see {@link StoryMemory}). */
    public java.util.List<String> terms() {
        return ReportedArticle.of(this).terms();
    }
}

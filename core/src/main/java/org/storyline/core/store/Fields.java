package org.storyline.core.store;

/**
 * Field names of the archive's Lucene documents. One index holds five kinds of document (articles,
 * stories, storylines, quotes, merge notes) told apart by {@link #KIND}; {@link #UID} is {@code kind:id}, the key of every upsert.
 */
final class Fields {

    static final String KIND = "kind";
    static final String UID = "uid";
    static final String ID = "id";
    /** The full record as JSON: an ArticleAnalysis, a StoryView or a StorylineView. */
    static final String JSON = "json";
    /** A small JSON summary for lists, so a page of results never parses a full record. */
    static final String CARD = "card";
    static final String STORY = "story";
    /** An article's story as doc values, to go from a hit to its story without reading stored fields. */
    static final String STORY_OF = "story_of";
    /** The storyline of an article or of a story (event). */
    static final String STORYLINE = "storyline";
    /** An article's storyline as doc values, as {@link #STORY_OF}. */
    static final String STORYLINE_OF = "storyline_of";
    static final String ARTICLE = "article";
    static final String OUTLET = "outlet";
    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String PLACE = "place";
    static final String SPEAKER = "speaker";
    /** A quote's speaker kind ({@code PERSON}, {@code ORGANIZATION}), as the story's view types them. */
    static final String SPEAKER_KIND = "speaker_kind";
    /** Publication day (articles, quotes) or last day (stories), as epoch days. */
    static final String DAY = "day";
    static final String FIRST_DAY = "first_day";
    /** Number of articles (stories, storylines) for the "biggest" sort. */
    static final String SIZE = "size";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** An article's sentence embedding (assigned articles) or a story's centroid, for nearest-neighbour search. */
    static final String VECTOR = "vector";
    /** The cluster terms of an assigned article (not of a near-duplicate): document frequencies and candidates. */
    static final String TERMS = "terms";
    /** The ArticleProfile of an assigned article as JSON, to rebuild its story in a later ingest. */
    static final String PROFILE = "profile";
    /** An article's text, stored apart from its analysis so that near-duplicate checks need not parse it. */
    static final String BODY = "body";
    /** The story a merged story's id now resolves to. */
    static final String TARGET = "target";
    /** Where a watched page stands (pending, stored, ...), to find the pending ones. */
    static final String STATE = "state";

    /** Facet dimensions. */
    static final String FACET_OUTLET = "outlet";
    static final String FACET_PERSON = "person";
    static final String FACET_ORGANIZATION = "organization";
    static final String FACET_PLACE = "place";
    static final String FACET_DATE = "date";
    static final String FACET_SPEAKER = "speaker";

    private Fields() {
    }
}

package org.storyline.core.store;

/**
 * The two levels the archive groups articles at, with the fields that say where an article sits: an
 * event (a {@link Kind#STORY}) and a storyline.
 */
enum Level {
    EVENT(Kind.STORY, Fields.STORY, Fields.STORY_OF),
    STORYLINE(Kind.STORYLINE, Fields.STORYLINE, Fields.STORYLINE_OF);

    /** The kind of document that holds a group's view and centroid. */
    final Kind kind;
    /** The article field naming the group, for term queries. */
    final String field;
    /** The article's group as doc values, to go from a hit to its group. */
    final String docValues;

    Level(Kind kind, String field, String docValues) {
        this.kind = kind;
        this.field = field;
        this.docValues = docValues;
    }
}

package org.storyline.core.store;

/** The kinds of document the archive holds. */
enum Kind {
    ARTICLE,
    STORY,
    QUOTE,
    /** A note that a story was merged into another: its id keeps resolving. */
    MERGED;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String uid(String id) {
        return key() + ":" + id;
    }
}

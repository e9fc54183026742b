package org.storyline.core.store;

/** The kinds of document the archive holds. */
enum Kind {
    ARTICLE,
    /** An event: one happening across its outlets. */
    STORY,
    /** The events that continue one another over weeks. */
    STORYLINE,
    QUOTE,
    /** A note that a story or storyline was merged into another: its id keeps resolving. */
    MERGED,
    /** A watched feed's state ({@link ArchiveLedger}). */
    FEED,
    /** An article page a watched feed listed, and where it stands ({@link ArchiveLedger}). */
    PAGE;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String uid(String id) {
        return key() + ":" + id;
    }
}

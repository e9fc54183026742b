package org.storyline.app;

/** How {@code storyline analyze} prints stories on standard output. */
enum StoryFormat {
    /** Readable at a glance in a terminal. */
    TEXT,
    /** The full model as one JSON document. */
    JSON
}

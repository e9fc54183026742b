package org.storyline.app;

/** How {@code storyline extract} writes articles. */
enum OutputFormat {
    /** Readable at a glance: metadata lines, captions, then the body. */
    TEXT,
    /** One JSON {@code Article} a line, for other programs. */
    JSONL
}

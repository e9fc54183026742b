package org.storyline.core.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file types Storyline reads, told apart by name; {@code .gz} is unwrapped before asking. */
enum InputKind {
    TEXT(".txt"),
    HTML(".html", ".htm", ".xhtml"),
    JSON(".json"),
    JSON_LINES(".jsonl", ".ndjson"),
    WARC(".warc"),
    FEED(".rss", ".atom"),
    /** Read as a feed when it opens with {@code <rss}, {@code <feed} or {@code <rdf:RDF}; skipped otherwise. */
    XML(".xml");

    private final String[] extensions;

    InputKind(String... extensions) {
        this.extensions = extensions;
    }

    /** The kind of a file by its name (without any {@code .gz}), or empty when Storyline does not read it. */
    static Optional<InputKind> forName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputKind kind : values()) {
            for (String extension : kind.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}

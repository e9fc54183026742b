package org.storyline.core.model;

/** What a {@link Report} aligns across articles. */
public enum ReportKind {
    /** A sentence of narration: "NATO foreign ministers met in Brussels on Tuesday." */
    STATEMENT,
    /** A numeric fact: "about 300,000 of 1 million shells delivered". */
    CLAIM,
    /** Something a person said, directly, partially or in reported speech. */
    QUOTE
}

package org.storyline.core.model;

/** How a quote renders the speaker's words. */
public enum QuoteKind {
    /** The speaker's words inside quotation marks. */
    DIRECT,
    /** A quoted fragment inside reported speech: said there was "no sense of fatigue". */
    PARTIAL,
    /** Reported speech without quotation marks: ..., he said. / X said that ... */
    INDIRECT
}

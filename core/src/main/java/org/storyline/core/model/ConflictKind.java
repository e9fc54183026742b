package org.storyline.core.model;

/** How the sides of a {@link Conflict} disagree. */
public enum ConflictKind {
    /** The same subject and measure with different numbers, beyond rounding. */
    VALUE,
    /** Statements about the same thing where one negates the other. */
    STATEMENT
}

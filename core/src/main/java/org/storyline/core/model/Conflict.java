package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets disagreeing on one thing: the same subject and measure with different values, or
 * contradicting statements.
 *
 * @param kind    how they disagree
 * @param subject who or what it is about ("Russia")
 * @param measure what is measured or stated ("national budget")
 * @param sides   at least two, each a {@link Report} with the outlets holding that version
 */
public record Conflict(ConflictKind kind, String subject, String measure, List<Report> sides) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two sides");
        }
    }
}

package org.storyline.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of days.
 *
 * @param first the first day, never null
 * @param last  the last day, never before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + " .. " + last);
        }
    }
}

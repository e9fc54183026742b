package org.storyline.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When an article was published, with only as much precision as the source gives.
 *
 * @param date   the publication date
 * @param time   the local time of day, or {@code null} when unknown
 * @param offset the UTC offset of {@code time}, or {@code null} when unknown
 */
public record PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset) {

    public PublicationTime {
        Objects.requireNonNull(date, "date");
    }

    public static PublicationTime of(LocalDate date) {
        return new PublicationTime(date, null, null);
    }
}

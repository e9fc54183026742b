package org.storyline.core.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.storyline.core.model.PublicationTime;

/**
 * Puts a UTC metadata timestamp back on the page's own clock. Many pages state the publication time in
 * UTC in their metadata but show it to readers in local time, and the date people (and the papers) give
 * is the local one: 01:00Z on the 20th is the evening of the 19th in New York. When the page writes the
 * same instant elsewhere with a local offset (or as a bare local wall-clock time a whole number of
 * quarter-hours away), in a machine-readable attribute or in the date line it shows readers, that local
 * reading wins. Shown times have minutes only, so instants are compared to the minute.
 */
final class LocalDates {

    /** Offsets in use on Earth lie within 14 hours of UTC. */
    private static final long MAX_OFFSET_SECONDS = 14 * 3600;
    private static final long QUARTER_HOUR = 900;

    private static final Evaluator DATED = QueryParser.parse("time[datetime], meta[content]");

    private LocalDates() {
    }

    /** The same instant as {@code utc} on the page's local clock, or {@code utc} when the page shows none. */
    static PublicationTime localise(PublicationTime utc, PageElements page) {
        return localise(utc, page, null);
    }

    /**
     * As {@link #localise(PublicationTime, PageElements)}, also trying {@code shown}, the date and time the
     * page shows readers (free text, perhaps with a zone), when the page's attributes give no local reading.
     */
    static PublicationTime localise(PublicationTime utc, PageElements page, PublicationTime shown) {
        if (utc == null || utc.time() == null || !ZoneOffset.UTC.equals(utc.offset())) {
            return utc;
        }
        LocalDateTime instant = LocalDateTime.of(utc.date(), utc.time()).truncatedTo(ChronoUnit.MINUTES);
        for (Element e : page.select(DATED, page.attributed())) {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            if (value.length() < 16 || value.length() > 40 || !Character.isDigit(value.charAt(0))) {
                continue;
            }
            PublicationTime local = reading(instant, PageDates.parse(value));
            if (local != null) {
                return local;
            }
        }
        PublicationTime local = reading(instant, shown);
        return local != null ? local : utc;
    }

    /** {@code local} when it is {@code instant} (UTC, to the minute) on a non-UTC clock, else {@code null}. */
    private static PublicationTime reading(LocalDateTime instant, PublicationTime local) {
        if (local == null || local.time() == null || ZoneOffset.UTC.equals(local.offset())) {
            return null;
        }
        LocalDateTime wall = LocalDateTime.of(local.date(), local.time()).truncatedTo(ChronoUnit.MINUTES);
        if (local.offset() != null) {
            return wall.toInstant(local.offset()).equals(instant.toInstant(ZoneOffset.UTC)) ? local : null;
        }
        long shift = Duration.between(instant, wall).getSeconds();
        if (shift != 0 && Math.abs(shift) <= MAX_OFFSET_SECONDS && shift % QUARTER_HOUR == 0) {
            return new PublicationTime(local.date(), local.time(), ZoneOffset.ofTotalSeconds((int) shift));
        }
        return null;
    }
}

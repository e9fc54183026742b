package org.storyline.core.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.model.PublicationTime;

/**
 * Puts a UTC metadata timestamp back on the page's own clock. Many pages state the publication time in
 * UTC in their metadata but show it to readers in local time, and the date people (and the papers) give
 * is the local one: 01:00Z on the 20th is the evening of the 19th in New York. When the page writes the
 * same instant elsewhere with a local offset (or as a bare local wall-clock time a whole number of
 * quarter-hours away), that local reading wins.
 */
final class LocalDates {

    /** Offsets in use on Earth lie within 14 hours of UTC. */
    private static final long MAX_OFFSET_SECONDS = 14 * 3600;
    private static final long QUARTER_HOUR = 900;

    private LocalDates() {
    }

    /** The same instant as {@code utc} on the page's local clock, or {@code utc} when the page shows none. */
    static PublicationTime localise(PublicationTime utc, Document page) {
        if (utc == null || utc.time() == null || !ZoneOffset.UTC.equals(utc.offset())) {
            return utc;
        }
        LocalDateTime instant = LocalDateTime.of(utc.date(), utc.time());
        for (Element e : page.select("time[datetime], meta[content]")) {
            String value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            if (value.length() < 16 || value.length() > 40 || !Character.isDigit(value.charAt(0))) {
                continue;
            }
            PublicationTime local = PageDates.parse(value);
            if (local == null || local.time() == null || ZoneOffset.UTC.equals(local.offset())) {
                continue;
            }
            LocalDateTime wall = LocalDateTime.of(local.date(), local.time());
            if (local.offset() != null) {
                if (wall.toInstant(local.offset()).equals(instant.toInstant(ZoneOffset.UTC))) {
                    return local;
                }
                continue;
            }
            long shift = Duration.between(instant, wall).getSeconds();
            if (shift != 0 && Math.abs(shift) <= MAX_OFFSET_SECONDS && shift % QUARTER_HOUR == 0) {
                return new PublicationTime(local.date(), local.time(), ZoneOffset.ofTotalSeconds((int) shift));
            }
        }
        return utc;
    }
}

package org.storyline.core.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns a date expression into an ISO value ({@code 2023-11-29}, {@code 2023-W47}, {@code 2022-02},
 * {@code 2017}) against the article's publication date. News reports the past: a bare weekday is the last
 * such day on or before publication and a bare month or day of the year the last one not far ahead of it,
 * unless the clause is in the future. Without a publication date only absolute dates resolve, a weekday
 * stays unanchored ({@code XXXX-WXX-4}) and other relative dates give {@code null}.
 */
final class DateResolver {

    /** How far past the publication date a yearless "Nov. 30" may lie before it is read as last year's. */
    private static final int NEAR_DAYS = 60;

    private final LocalDate published;

    DateResolver(LocalDate published) {
        this.published = published;
    }

    static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null; // "February 30"
        }
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format("%04d", year);
    }

    /** A day of the year with no year written ("Nov. 28"): this year's, or a neighbouring year's when far off. */
    String dayOfYear(int month, int day, boolean future) {
        if (published == null) {
            return null;
        }
        for (int year : new int[] {published.getYear(), published.getYear() - 1, published.getYear() + 1}) {
            String iso = day(year, month, day);
            if (iso != null && near(LocalDate.parse(iso), future)) {
                return iso;
            }
        }
        return day(published.getYear(), month, day);
    }

    /** A month with no year written ("in February"). */
    String monthOfYear(int month, boolean future) {
        if (published == null) {
            return null;
        }
        for (int year : new int[] {published.getYear(), published.getYear() - 1, published.getYear() + 1}) {
            if (near(LocalDate.of(year, month, 15), future)) {
                return month(year, month);
            }
        }
        return month(published.getYear(), month);
    }

    /** "last May" ({@code step} -1): the latest May before the publication month; "next May" (+1) the first after. */
    String namedMonth(int month, int step) {
        if (published == null) {
            return null;
        }
        int now = published.getMonthValue();
        int year = published.getYear();
        if (step < 0) {
            return month(month < now ? year : year - 1, month);
        }
        return month(month > now ? year : year + 1, month);
    }

    /**
     * A weekday, {@code step} -1 for "last", +1 for "next", 0 for a bare one (direction from the tense).
     * Without a publication date the day cannot be placed and comes out in TimeML's form for an unanchored
     * weekday, {@code XXXX-WXX-4} for a Thursday: still worth keeping, as reports of one event name the
     * weekday it happened on.
     */
    String weekday(DayOfWeek day, int step, boolean future) {
        if (published == null) {
            return "XXXX-WXX-" + day.getValue();
        }
        LocalDate d;
        if (step < 0) {
            d = published.with(TemporalAdjusters.previous(day));
        } else if (step > 0) {
            d = published.with(TemporalAdjusters.next(day));
        } else {
            d = published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        }
        return d.toString();
    }

    /** The day, week, month or year {@code offset} units from publication ("last week" is WEEKS, -1). */
    String relative(ChronoUnit unit, int offset) {
        if (published == null) {
            return null;
        }
        LocalDate d = published.plus(offset, unit);
        return switch (unit) {
            case DAYS -> d.toString();
            case WEEKS -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHS -> month(d.getYear(), d.getMonthValue());
            case YEARS -> year(d.getYear());
            default -> null;
        };
    }

    private boolean near(LocalDate d, boolean future) {
        long days = ChronoUnit.DAYS.between(published, d);
        return future ? days >= -NEAR_DAYS && days < 366 - NEAR_DAYS : days <= NEAR_DAYS && days > NEAR_DAYS - 366;
    }
}

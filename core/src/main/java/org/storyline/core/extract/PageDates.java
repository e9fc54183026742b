package org.storyline.core.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.PublicationTime;

/**
 * Reads the machine dates pages put in metadata: ISO-8601 in its many spellings ("2023-12-17",
 * "2023-12-17T10:00:00.000Z", "2023-12-17 10:00:00+0100", "20231217") and RFC-1123. Keeps only the
 * precision the string has; a string with more digits glued on ("2022-02-112023-06-08", a template
 * fault) states no date. Free-text dates ("Dec. 17, 2023") are not metadata and are not read here.
 */
final class PageDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?(?!\\d)");

    private PageDates() {
    }

    /** The publication time the string states, or {@code null} when it states none that is valid. */
    static PublicationTime parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            try {
                LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                if (m.group(4) == null) {
                    return PublicationTime.of(date);
                }
                LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
                return new PublicationTime(date, time, offset(m.group(7)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            OffsetDateTime o = z.toOffsetDateTime();
            return new PublicationTime(o.toLocalDate(), o.toLocalTime(), o.getOffset());
        } catch (DateTimeParseException e) {
            return DateParser.standard().parse(s);
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}

package org.storyline.core.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.PublicationTime;

/**
 * Reads the first date written in a free string: ISO-8601 ("2023-11-29T10:31:00+01:00"), RFC-822
 * ("Wed, 29 Nov 2023 10:31:00 GMT"), month-first ("Nov. 29, 2023", "November 29, 2023 10:31 AM EST"),
 * day-first in several languages ("29 November 2023", "29. November 2023", "29 de noviembre de 2023"),
 * numeric ("2023/11/29", German "29.11.2023"). A time and a zone are kept when written.
 *
 * <p>It never guesses: a date without a year ("Nov 29") is read only against a reference date, taking
 * the year that puts it nearest; a numeric date that could be day-first or month-first ("03/04/2023")
 * is not read. Immutable and thread-safe.
 */
public final class DateParser {

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String TIME = "(?:,?\\s*(?:at|um|à|às|a las|alle|-|\u2013|\\|)?\\s*(?<hour>\\d{1,2})(?:[:h]|\\.(?=\\d{2}\\s*(?:[aApP]\\.?[mM]|[A-Z]{2,5}"
            + E + ")))(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d+)?)?\\s*(?<half>(?i:[ap]\\.?m\\.?))?\\s*(?:\\(?(?<zone>[+-]\\d{2}:?\\d{2}"
            + "|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5})" + E + "\\)?)?)?";

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<hour>\\d{1,2})[:h.](?<minute>\\d{2})"
            + "\\s*(?<half>(?i:[ap]\\.?m\\.?))?\\s*(?<zone>(?:[A-Z]{1,5}|[+-]\\d{2}:?\\d{2})(?![\\p{L}\\p{N}]))?\\s*,?\\s*(?:(?i:on)\\s+)?"
            + "(?:\\p{L}{2,9}\\.?,?\\s+)?$");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final List<Pattern> patterns;
    private final Map<Pattern, Set<String>> groupNames = new HashMap<>();

    private DateParser() {
        for (List<String> row : RuleFile.rows("month-names.txt")) {
            int month = Integer.parseInt(row.get(0));
            row.subList(1, row.size()).forEach(name -> months.put(name.toLowerCase(Locale.ROOT), month));
        }
        for (List<String> row : RuleFile.rows("time-zones.txt")) {
            zones.put(row.get(0), ZoneId.of(row.get(1)));
        }
        // Any word may stand where a month stands; read() keeps only the words of month-names.txt. A
        // regex alternation of every month name would cost far more at each position of a long text.
        String month = "(?<month>\\p{L}{3,12}+)\\.?";
        String day = "(?<day>\\d{1,2})";
        String year = "(?<year>\\d{4})";
        patterns = List.of(
                Pattern.compile(B + year + "-(?<mm>\\d{2})-" + day + "(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})"
                        + "(?::(?<second>\\d{2})(?:[.,]\\d+)?)?\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?" + E),
                Pattern.compile(B + year + "[/.](?<mm>\\d{1,2})[/.]" + day + E + TIME),
                Pattern.compile(B + day + "\\.(?<mm>\\d{1,2})\\." + year + E + TIME),
                Pattern.compile(B + "(?<first>\\d{1,2})/(?<second2>\\d{1,2})/" + year + E + TIME),
                Pattern.compile(B + month + "\\s*" + day + "(?:st|nd|rd|th)?" + E
                        + "(?:,?\\s*" + year + E + ")?" + TIME),
                // "12 juin 2024", "5 de marzo de 2024", "12.jun.2026" (a dot between month and year, as Folha writes it)
                Pattern.compile(B + day + "(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?" + month + E
                        + "(?:[,.]?\\s*(?:de\\s+)?" + year + E + ")?" + TIME),
                // Year first, as Hungarian writes it: "2024. december 12. 15:10".
                Pattern.compile(B + year + "\\.\\s*" + month + "\\s*" + day + "\\." + E + TIME));
        patterns.forEach(pattern -> groupNames.put(pattern, groupNames(pattern)));
        groupNames.put(TIME_BEFORE, groupNames(TIME_BEFORE));
    }

    private static final class Standard {
        static final DateParser INSTANCE = new DateParser();
    }

    /** The parser built from the bundled month names and zone table, loaded once. */
    public static DateParser standard() {
        return Standard.INSTANCE;
    }

    /** The month a name or abbreviation stands for (1-12, any listed language, any case), or {@code null}. */
    Integer month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    /** The first full date in {@code text} (a year is required), or {@code null}. */
    public PublicationTime parse(String text) {
        return parse(text, null);
    }

    /**
     * The first date in {@code text}; a date written without a year takes the year that puts it
     * nearest {@code reference}, and is skipped when {@code reference} is {@code null}.
     */
    public PublicationTime parse(String text, LocalDate reference) {
        if (text == null || text.isBlank() || reference == null && !hasYear(text)
                || text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        PublicationTime best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < bestStart) {
                PublicationTime found = read(m, reference, text);
                if (found != null) {
                    best = found;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private PublicationTime read(Matcher m, LocalDate reference, String text) {
        LocalDate date = date(m, reference);
        if (date == null) {
            return null;
        }
        LocalTime time = time(m);
        String zone = group(m, "zone");
        if (time == null) {
            // "10:31 AM EDT, May 6, 2024" or "8:00 PM EST, Tue December 19, 2023": the time may come first.
            Matcher before = TIME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
            if (before.find()) {
                time = time(before);
                zone = before.group("zone");
            }
        }
        ZoneOffset offset = time == null ? null : offset(zone, date, time);
        return new PublicationTime(date, time, offset);
    }

    private LocalDate date(Matcher m, LocalDate reference) {
        Integer month = group(m, "mm") != null ? Integer.valueOf(group(m, "mm"))
                : group(m, "month") != null ? months.get(group(m, "month").toLowerCase(Locale.ROOT)) : null;
        int day;
        if (group(m, "first") != null) {
            int first = Integer.parseInt(group(m, "first"));
            int second = Integer.parseInt(group(m, "second2"));
            if (first > 12 && second <= 12) {
                day = first;
                month = second;
            } else if (second > 12 && first <= 12) {
                day = second;
                month = first;
            } else if (first == second) {
                day = first;
                month = first;
            } else {
                return null;
            }
        } else {
            day = Integer.parseInt(group(m, "day"));
        }
        if (month == null) {
            return null;
        }
        try {
            if (group(m, "year") != null) {
                int year = Integer.parseInt(group(m, "year"));
                return year < 1800 || year > 2200 ? null : LocalDate.of(year, month, day);
            }
            return reference == null ? null : nearest(month, day, reference);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate nearest(int month, int day, LocalDate reference) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(candidate, reference))
                        < Math.abs(ChronoUnit.DAYS.between(best, reference))) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without it: try the others
            }
        }
        return best;
    }

    private LocalTime time(Matcher m) {
        if (group(m, "hour") == null) {
            return null;
        }
        int hour = Integer.parseInt(group(m, "hour"));
        int minute = Integer.parseInt(group(m, "minute"));
        int second = group(m, "second") == null ? 0 : Integer.parseInt(group(m, "second"));
        String half = group(m, "half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 || minute > 59 || second > 59 ? null : LocalTime.of(hour, minute, second);
    }

    private ZoneOffset offset(String zone, LocalDate date, LocalTime time) {
        if (zone == null) {
            return null;
        }
        try {
            if (zone.startsWith("+") || zone.startsWith("-")) {
                return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            }
            if (zone.length() > 3 && (zone.startsWith("GMT") || zone.startsWith("UTC"))) {
                String rest = zone.substring(3);
                return ZoneOffset.of(rest.length() == 2 ? rest.charAt(0) + "0" + rest.charAt(1) : rest);
            }
        } catch (DateTimeException e) {
            return null;
        }
        ZoneId id = zones.get(zone);
        return id == null ? null : id.getRules().getOffset(LocalDateTime.of(date, time));
    }

    /** The group's text, or {@code null} when it did not match or the pattern has no such group. */
    private String group(Matcher m, String name) {
        return groupNames.get(m.pattern()).contains(name) ? m.group(name) : null;
    }

    private static Set<String> groupNames(Pattern pattern) {
        var names = new HashSet<String>();
        Matcher m = GROUP_NAME.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    /** Whether the text holds a run of four digits: a date without one needs a reference to be read. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }
}

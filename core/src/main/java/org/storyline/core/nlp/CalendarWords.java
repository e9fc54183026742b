package org.storyline.core.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists behind {@link DateMentions}, loaded once: months, weekdays, relative days, counts and cues.
 * The full weekday and month names are public for the stages that read dates out of a sentence's words.
 */
public final class CalendarWords {

    /** Lower-cased month name or abbreviation to month number, 1-12. */
    static final Map<String, Integer> MONTHS = numbered("months.txt");
    /** Lower-cased weekday name to ISO day number, 1 (Monday) to 7. */
    static final Map<String, Integer> WEEKDAYS = numbered("weekdays.txt");
    /** "yesterday" to -1 and so on. */
    static final Map<String, Integer> RELATIVE_DAYS = valued("relative-days.txt");
    /** "three" to 3 and so on. */
    static final Map<String, Integer> COUNTS = valued("count-words.txt");
    static final Set<String> FUTURE_CUES = WordList.lowerCaseSet(CalendarWords.class, "future-cues.txt");
    static final Set<String> LEAD_WORDS = WordList.lowerCaseSet(CalendarWords.class, "date-lead-words.txt");

    private static final Set<String> WEEKDAY_NAMES = fullNames("weekdays.txt");
    private static final Set<String> MONTH_NAMES = fullNames("months.txt");
    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years");

    private CalendarWords() {
    }

    /** The seven weekday names, lower-cased. */
    public static Set<String> weekdayNames() {
        return WEEKDAY_NAMES;
    }

    /** The twelve month names in full, lower-cased (no abbreviations). */
    public static Set<String> monthNames() {
        return MONTH_NAMES;
    }

    /** The units a span of time is counted in, singular and plural, lower-cased: "day", "weeks", "years". */
    public static Set<String> timeUnits() {
        return TIME_UNITS;
    }

    /** A regex alternation of {@code names} as written in a sentence, capitalised: "(?:Friday|Monday|...)". */
    public static String capitalizedAlternation(Set<String> names) {
        return names.stream().sorted()
                .map(n -> n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Set<String> fullNames(String resource) {
        return WordList.lines(CalendarWords.class, resource).stream()
                .map(line -> line.toLowerCase(Locale.ROOT).split("\\s+")[0])
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A regex alternation of the keys of {@code words}, longest first so a full name wins over its prefix. */
    static String alternation(Map<String, Integer> words) {
        return words.keySet().stream()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Integer> numbered(String resource) {
        List<String> lines = WordList.lines(CalendarWords.class, resource);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String word : lines.get(i).toLowerCase(Locale.ROOT).split("\\s+")) {
                out.put(word, i + 1);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Integer> valued(String resource) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : WordList.lines(CalendarWords.class, resource)) {
            String[] parts = line.toLowerCase(Locale.ROOT).split("\\s+");
            out.put(parts[0], Integer.parseInt(parts[1]));
        }
        return Map.copyOf(out);
    }
}

package org.storyline.core.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: "BRUSSELS, Nov 29 (Reuters) -", "WASHINGTON (AP) --",
 * "KYIV, Ukraine -", "Berlin (dpa) -", and the underscore older wire copy used for a dash ("WASHINGTON _").
 * The place must be written in capitals, or be followed by a
 * parenthesised agency, so an ordinary sentence with a dash is not taken for one. Immutable and
 * thread-safe.
 */
public final class DatelineReader {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}.'\u2019 -]{1,40}?)"
                    + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.' ]{1,30}?))?"
                    + "(?:,\\s*(?<date>\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
                    + "\\s*(?:\\((?<outlet>[^()]{1,40})\\))?"
                    + "\\s*(?:--?|_|[\u2013\u2014])\\s*");

    private final Set<String> labels = Set.copyOf(RuleFile.lines("dateline-labels.txt"));

    private DatelineReader() {
    }

    private static final class Standard {
        static final DatelineReader INSTANCE = new DatelineReader();
    }

    /** The reader with the bundled labels that are not places, loaded once. */
    public static DatelineReader standard() {
        return Standard.INSTANCE;
    }

    /**
     * A dateline.
     *
     * @param place  where the story was filed, in title case ("Brussels", "New York"), or {@code null}
     *               when the dateline names only the outlet ("CNN -")
     * @param date   the date as written ("Nov 29"), or {@code null}
     * @param outlet the agency in parentheses ("Reuters"), or {@code null}
     * @param length how many characters of the paragraph the dateline takes
     */
    public record Dateline(String place, String date, String outlet, int length) {
    }

    /** The dateline opening {@code paragraph}, or {@code null}. */
    public Dateline read(String paragraph) {
        if (paragraph == null || paragraph.length() < 20) {
            return null;
        }
        Matcher m = DATELINE.matcher(paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph);
        if (!m.find()) {
            return null;
        }
        String place = m.group("place").strip();
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter);
        boolean marked = m.group("outlet") != null || m.group("date") != null || m.group("region") != null
                || paragraph.length() >= 60;
        if (!capitals && m.group("outlet") == null || !marked || labels.contains(place.toUpperCase(Locale.ROOT))
                || m.end() >= paragraph.length()) {
            return null;
        }
        if (m.group("outlet") == null && OutletResolver.standard().known(place) != null) {
            // "CNN - The term ..." opens with the outlet alone, no place.
            return new Dateline(null, m.group("date"), place, m.end());
        }
        return new Dateline(capitals ? titleCase(place) : place, m.group("date"), m.group("outlet"), m.end());
    }

    /** "NEW YORK" gives "New York", "PORT-AU-PRINCE" gives "Port-Au-Prince". */
    static String titleCase(String place) {
        var out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
        return out.toString();
    }
}

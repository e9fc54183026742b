package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a story without a dateline happened from its lead: the first place the lead puts the
 * event "in" or "at" ("talks got underway in Brussels"), preferring one a photo caption also names.
 * Months, weekdays and all-capital abbreviations are not places. Immutable and thread-safe.
 */
final class LeadPlace {

    private static final Pattern IN_PLACE =
            Pattern.compile("(?<![\\p{L}])(?:in|at)\\s+(\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*){0,2})");

    private final Set<String> notPlaces = new HashSet<>();

    private LeadPlace() {
        for (List<String> row : RuleFile.rows("month-names.txt")) {
            row.subList(1, row.size()).forEach(name -> notPlaces.add(name.toLowerCase(Locale.ROOT)));
        }
        RuleFile.lines("weekday-names.txt").forEach(notPlaces::add);
    }

    private static final class Standard {
        static final LeadPlace INSTANCE = new LeadPlace();
    }

    static LeadPlace standard() {
        return Standard.INSTANCE;
    }

    /** The place of the lead, or {@code null}. */
    String find(String lead, List<String> captions) {
        List<String> candidates = candidates(lead);
        if (candidates.isEmpty()) {
            return null;
        }
        for (String candidate : candidates) {
            for (String caption : captions) {
                if (candidates(caption).contains(candidate)) {
                    return candidate;
                }
            }
        }
        return candidates.get(0);
    }

    private List<String> candidates(String text) {
        var places = new ArrayList<String>();
        Matcher m = IN_PLACE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        while (m.find()) {
            String place = m.group(1);
            String first = place.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!notPlaces.contains(first) && !first.equals("the")) {
                places.add(place);
            }
        }
        return places;
    }
}

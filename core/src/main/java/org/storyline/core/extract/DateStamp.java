package org.storyline.core.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a line that only stamps a time on the page ("Updated Dec. 22, 2023 11:48 a.m. ET", "Saturday 23
 * December 2023 05:39, UK", "February 15, 2024 at 8:15 PM · 4 min read") from prose: a short line with a
 * full date whose every word is a month, a weekday, a time zone or one of {@code date-stamp-words.txt}.
 * Sites print such lines as plain text beside the byline, where no {@code <time>} element marks them.
 * Immutable and thread-safe.
 */
final class DateStamp {

    static final int MAX_LENGTH = 80;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A clock time ("2:15", "23:30"): a stamp with one may also carry a short capitalised label ("World", "Source:
     * TODAY"); "Doors open Feb 6, 2024 at 7:30 PM" tells the reader something and stays.
     */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final int LABEL_WORDS = 2;
    private static final Set<String> WORDS = words();

    private DateStamp() {
    }

    static boolean isDateStamp(String line) {
        if (line.length() > MAX_LENGTH || DateParser.standard().parse(line) == null) {
            return false;
        }
        int others = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!WORDS.contains(word) && DateParser.standard().month(word) == null) {
                if (!Character.isUpperCase(m.group().charAt(0))) {
                    return false;
                }
                others++;
            }
        }
        return others == 0 || others <= LABEL_WORDS && CLOCK.matcher(line).find();
    }

    private static Set<String> words() {
        var words = new HashSet<>(WordList.load("date-stamp-words.txt"));
        words.addAll(WordList.load("weekday-names.txt"));
        for (var row : RuleFile.rows("time-zones.txt")) {
            words.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}

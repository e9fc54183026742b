package org.storyline.core.extract;

import java.time.LocalDate;
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

    static final int MAX_LENGTH = 100;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * The words a page ran together when it set two spans side by side ("5:42 pmPosted: Jun 17"): a capital after a small
     * letter starts a new one; a run of capitals ("PM", "ET") is one.
     */
    private static final Pattern PART = Pattern.compile("\\p{Lu}+(?!\\p{Ll})|\\p{Lu}?\\p{Ll}+|\\p{L}+");
    private static final Pattern GLUED =
            Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\d)");
    /**
     * A clock time ("2:15", "23:30"): a stamp with one may also carry a short capitalised label ("World", "Source:
     * TODAY"); "Doors open Feb 6, 2024 at 7:30 PM" tells the reader something and stays.
     */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final int LABEL_WORDS = 2;
    /**
     * A day to read a date without a year against: a stamp may leave the year out when it gives the time ("donderdag 9
     * januari, 07:41"); which year it is does not matter here.
     */
    private static final LocalDate ANY_DAY = LocalDate.of(2024, 1, 1);
    /** A time of day written as sites print it: "12:14", "07.00", "04h02". */
    private static final Pattern DAY_TIME = Pattern.compile("(?<![\\d.,])\\d{1,2}[:.h]\\d{2}(?!\\d|[.,]\\d)");
    private static final int MAX_TIME_STAMP = 60;
    /**
     * A numeric date the parser leaves unread because it may be day-first or month-first ("04/09/2031", "05/14/31"), or
     * day-first with dots ("03.03.2025"): which day it is does not matter here, only that the line states one.
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.])\\d{1,2}(?:/\\d{1,2}/(?:\\d{4}|\\d{2})"
            + "|\\.\\d{1,2}\\.(?:19|20)\\d{2})(?![\\d/])");
    /** A name a stamp may close on: a few capitalised words. */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /**
     * Who posted it, closing a stamp: "Posted March 1, 2031 by Dr. Karen Lundqvist", "… by admin", "05 Dec, 2031 By Ann
     * Lee and Sam Roe".
     */
    private static final Pattern POSTED_BY = Pattern.compile("\\s+(?i:by)\\s+(?:" + NAME + "(?:\\s*(?:,|and|&)\\s*"
            + NAME + "){0,3}|\\p{Ll}+)\\s*$");
    /** Who wrote it, opening a stamp: "Par Lionel Roe Publié le 25 févr. 2025 à 06:30", "By Ann Lee Updated 3:15 PM". */
    private static final Pattern WRITTEN_BY = Pattern.compile("^(?:By|Par|Por|Von|Di|Door|Av|Af)\\s+" + NAME + "(?=\\s+\\p{L})");
    private static final Set<String> WORDS = words();
    /**
     * A year-first date as Chinese, Japanese and Korean pages print it: "2024年11月14日", "2025.04.07.", "2024/3/5".
     */
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s?"
            + "(?:年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日|([./-])\\d{1,2}\\1\\d{1,2}\\.?)(?!\\d)");
    /** A month and day a stamp gives again beside its time ("（3/5 17:05 更新）"). */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])");
    private static final Pattern EAST_ASIAN_SCRIPT = Pattern.compile("[" + Words.EAST_ASIAN + "]");
    /**
     * A clock time among letters of those scripts, which a page may run on into its source's name ("16:48每日经济新闻"),
     * where {@code \b} finds no boundary.
     */
    private static final Pattern EAST_ASIAN_CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");
    /**
     * The most letters a stamp in an East Asian script holds beside its dates and times: what it marks ("更新", "입력
     * 업데이트") and who or what posted it ("ライター：朝倉ユウキ", "来源于 财新网"), never a sentence.
     */
    private static final int EAST_ASIAN_LETTERS = 12;

    private DateStamp() {
    }

    static boolean isDateStamp(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        if (EAST_ASIAN_SCRIPT.matcher(line).find()) {
            return isEastAsianStamp(line);
        }
        if (!statesADate(line)) {
            return isTimeStamp(line);
        }
        int others = 0;
        Matcher m = WORD.matcher(withoutTimes(withoutPoster(line)));
        while (m.find()) {
            if (!known(m.group())) {
                if (!Character.isUpperCase(m.group().charAt(0))) {
                    return false;
                }
                others++;
            }
        }
        return others == 0 || others <= LABEL_WORDS && CLOCK.matcher(line).find();
    }

    /**
     * Whether {@code line}, with no full date, stamps times of the day with what they mark and nothing else ("Publicerad
     * 07.00 Uppdaterad 09.26", "Dzisiaj 12:14 Aktualizacja: Dzisiaj 13:40"): a clock time, a word of the list five
     * letters long or more (a verb, not "at"), and no word off it.
     */
    private static boolean isTimeStamp(String line) {
        if (line.length() > MAX_TIME_STAMP || !DAY_TIME.matcher(line).find()) {
            return false;
        }
        boolean says = false;
        Matcher m = WORD.matcher(withoutTimes(line));
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!WORDS.contains(word)) {
                return false;
            }
            says |= word.length() >= 5;
        }
        return says;
    }

    /**
     * Whether a line in a Chinese, Japanese or Korean script stamps a time on the page: a year-first date with a clock
     * time, and beside them a few letters and no sentence ("2024年11月14日 17:32（2024年11月14日 18:05更新）", "이정훈
     * 기자입력 2025.04.07. 05:00 업데이트 2025.04.07. 09:41"). These scripts write no spaces between words, so the
     * letters are counted, not looked up.
     */
    private static boolean isEastAsianStamp(String line) {
        if (line.length() > MAX_TIME_STAMP || !YEAR_FIRST_DATE.matcher(line).find() || !EAST_ASIAN_CLOCK.matcher(line).find()) {
            return false;
        }
        String rest = MONTH_DAY.matcher(EAST_ASIAN_CLOCK.matcher(YEAR_FIRST_DATE.matcher(line).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        int letters = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '？' || c == '！') {
                return false;
            }
            letters += Character.isLetterOrDigit(c) ? 1 : 0;
        }
        return letters <= EAST_ASIAN_LETTERS;
    }

    /** Whether {@code word} is a stamp's word, a month, or such words run together. */
    private static boolean known(String word) {
        if (knownAlone(word)) {
            return true;
        }
        Matcher parts = PART.matcher(word);
        int n = 0;
        while (parts.find()) {
            if (parts.group().length() == word.length() || !knownAlone(parts.group())) {
                return false;
            }
            n++;
        }
        return n > 1;
    }

    private static boolean knownAlone(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || DateParser.standard().month(lower) != null;
    }

    /**
     * Whether {@code line} states a full date, or a day of the year with a clock time, read as it stands or with its
     * run-together words set apart (only when the page ran any together: most lines are parsed once).
     */
    private static boolean statesADate(String line) {
        // Read against a day, a line with a clock time may leave the year out; a full date reads the same either way.
        DateParser dates = DateParser.standard();
        if ((CLOCK.matcher(line).find() ? dates.parse(line, ANY_DAY) : dates.parse(line)) != null
                || NUMERIC_DATE.matcher(line).find()) {
            return true;
        }
        String apart = unglued(line);
        return !apart.equals(line) && DateParser.standard().parse(apart) != null;
    }

    /**
     * The line with the words a page ran together set apart ("7:45 PMSep 01, 2025" reads "7:45 PM Sep 01, 2025",
     * "Published4 Nov 2025" reads "Published 4 Nov 2025").
     */
    private static String unglued(String line) {
        return GLUED.matcher(line).replaceAll(" ");
    }

    private static String withoutPoster(String line) {
        String stamp = WRITTEN_BY.matcher(line).replaceFirst("");
        return stamp.contains(" by ") || stamp.contains(" By ") ? POSTED_BY.matcher(stamp).replaceFirst("") : stamp;
    }

    /** The line without its times of day, whose letter ("04h02") is no word. */
    private static String withoutTimes(String line) {
        return line.indexOf('h') < 0 ? line : DAY_TIME.matcher(line).replaceAll(" ");
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

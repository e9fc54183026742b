package org.storyline.core.nlp;

import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storyline's date recognition: the calendar expressions news uses ("Nov. 28, 2023", "28 November",
 * "February 2022", "on Wednesday", "last week", "two years ago", "in 2017") as DATE mentions with ISO values
 * resolved by {@link DateResolver}. Rules run longest first and a character belongs to one date at most.
 * It replaces SUTime, which cost most of the analysis time; times of day, durations and holidays are not
 * marked (the claims stage reads those from the words).
 */
final class DateMentions {

    private static final Pattern WEEKDAY_GAP = Pattern.compile(",?\\s{1,2}");

    private static final String MONTH = "(?<month>" + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\b";
    private static final String WEEKDAY = "(?<weekday>" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")\\b";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)\\b(?![.,]\\d|%|-\\d)";
    private static final String UNIT = "(?<unit>day|week|month|year)";

    private static final List<Rule> RULES = List.of(
            new Rule("\\b(?<year>(?:1[89]|20)\\d\\d)-(?<mon>[01]\\d)-(?<day>[0-3]\\d)\\b", DateMentions::iso),
            new Rule("\\b" + MONTH + "\\.?\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?", DateMentions::dayOfMonth),
            new Rule("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:\\.?,?\\s+" + YEAR + ")?", DateMentions::dayOfMonth),
            new Rule("\\b" + MONTH + "\\.?,?\\s+" + YEAR, DateMentions::monthOfYear),
            new Rule("\\b(?:(?<mod>last|next|this|coming)\\s+)?" + WEEKDAY, DateMentions::weekday),
            new Rule("\\b(?<mod>last|next|this|coming|previous)\\s+" + UNIT + "\\b", DateMentions::unit),
            new Rule("\\b(?<count>\\d{1,2}|" + CalendarWords.alternation(CalendarWords.COUNTS) + ")\\s+"
                    + UNIT + "s?\\s+ago\\b", DateMentions::ago),
            new Rule("\\b(?<rel>" + CalendarWords.alternation(CalendarWords.RELATIVE_DAYS) + ")\\b", DateMentions::relativeDay),
            new Rule("\\b" + MONTH, DateMentions::bareMonth),
            new Rule("\\b(?<decade>(?:1[89]|20)\\d)0s\\b", c -> new Found(c.matcher.group(), c.matcher.group("decade") + "X")),
            new Rule("(?<![$€£#.,\\d-])\\b" + YEAR, DateMentions::bareYear));

    private DateMentions() {
    }

    /** The DATE mentions of {@code text}, in text order; {@code published} may be {@code null}. */
    static List<Mention> find(String text, List<Sentence> sentences, LocalDate published) {
        DateContext context = new DateContext(text, sentences, new DateResolver(published));
        BitSet taken = new BitSet(text.length());
        List<Mention> out = new ArrayList<>();
        int[] starts = wordStarts(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int start : starts) {
                if (start < next || !rule.mayStartWith(text.charAt(start)) || !m.region(start, text.length()).lookingAt()) {
                    continue;
                }
                next = m.end();
                if (taken.nextSetBit(m.start()) >= 0 && taken.nextSetBit(m.start()) < m.end()) {
                    continue;
                }
                context.matcher = m;
                Found found = rule.read.apply(context);
                if (found == null) {
                    continue;
                }
                int begin = m.start();
                int end = begin + found.text.length();
                taken.set(begin, end);
                out.add(new Mention(found.text, new Span(begin, end), MentionType.DATE, found.normalized));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return withWeekdaysJoined(text, out);
    }

    /**
     * Where a word starts: every rule begins with a word boundary before a letter or digit, so a rule is
     * tried there only, and only where its first character fits, not at every character as
     * {@link Matcher#find()} would: that scan was most of this stage's time.
     */
    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean word = ch == '_' || Character.isLetterOrDigit(ch);
            if (word && !inWord) {
                starts[n++] = i;
            }
            inWord = word;
        }
        return Arrays.copyOf(starts, n);
    }

    private static Found iso(DateContext c) {
        Matcher m = c.matcher;
        String iso = DateResolver.day(num(m, "year"), num(m, "mon"), num(m, "day"));
        return iso == null ? null : new Found(m.group(), iso);
    }

    private static Found dayOfMonth(DateContext c) {
        Matcher m = c.matcher;
        int day = num(m, "day");
        if (!c.capitalized("month") || day < 1 || day > 31) {
            return null;
        }
        int month = month(m);
        if (m.group("year") != null) {
            String iso = DateResolver.day(num(m, "year"), month, day);
            return iso == null ? null : new Found(m.group(), iso);
        }
        return new Found(m.group(), c.resolver.dayOfYear(month, day, c.future()));
    }

    private static Found monthOfYear(DateContext c) {
        Matcher m = c.matcher;
        return c.capitalized("month") ? new Found(m.group(), DateResolver.month(num(m, "year"), month(m))) : null;
    }

    private static Found weekday(DateContext c) {
        Matcher m = c.matcher;
        if (!c.capitalized("weekday")) {
            return null;
        }
        DayOfWeek day = DayOfWeek.of(CalendarWords.WEEKDAYS.get(lower(m.group("weekday"))));
        return new Found(m.group(), c.resolver.weekday(day, step(m.group("mod")), c.future()));
    }

    private static Found unit(DateContext c) {
        Matcher m = c.matcher;
        return new Found(m.group(), c.resolver.relative(unit(m), step(m.group("mod"))));
    }

    private static Found ago(DateContext c) {
        Matcher m = c.matcher;
        String count = lower(m.group("count"));
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : CalendarWords.COUNTS.get(count);
        return new Found(m.group(), c.resolver.relative(unit(m), -n));
    }

    private static Found relativeDay(DateContext c) {
        Matcher m = c.matcher;
        return new Found(m.group(), c.resolver.relative(ChronoUnit.DAYS, CalendarWords.RELATIVE_DAYS.get(lower(m.group("rel")))));
    }

    /** "in May", "mid-March", "last December": a month name alone counts only after a word that makes it a date. */
    private static Found bareMonth(DateContext c) {
        Matcher m = c.matcher;
        String name = m.group("month");
        boolean fullName = name.length() > 3 || name.equalsIgnoreCase("may");
        if (!c.capitalized("month") || !fullName || !c.ledIn(m.start())) {
            return null;
        }
        int month = month(m);
        String iso = switch (c.previousWord(m.start())) {
            case "last" -> c.resolver.namedMonth(month, -1);
            case "next" -> c.resolver.namedMonth(month, 1);
            default -> c.resolver.monthOfYear(month, c.future());
        };
        return new Found(name, iso);
    }

    /** A year alone; "2000 troops" is a count, "the 2024 elections" and "in 2017" are years. */
    private static Found bareYear(DateContext c) {
        Matcher m = c.matcher;
        String next = c.nextWord(m.end());
        boolean countOfThings = next.length() > 2 && next.endsWith("s") && Character.isLowerCase(next.charAt(0));
        if (countOfThings && !c.ledIn(m.start()) && !c.previousWord(m.start()).equals("the")) {
            return null;
        }
        return new Found(m.group(), m.group("year"));
    }

    /** "Tuesday, Nov. 28" is one date: the weekday joins the date written after it. */
    private static List<Mention> withWeekdaysJoined(String text, List<Mention> dates) {
        List<Mention> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Mention m = dates.get(i);
            if (i + 1 < dates.size() && CalendarWords.WEEKDAYS.containsKey(lower(m.text()))) {
                Mention next = dates.get(i + 1);
                String between = text.substring(m.span().end(), next.span().begin());
                if (WEEKDAY_GAP.matcher(between).matches() && next.normalized() != null && next.normalized().length() == 10) {
                    Span span = new Span(m.span().begin(), next.span().end());
                    out.add(new Mention(span.of(text), span, MentionType.DATE, next.normalized()));
                    i++;
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static int step(String modifier) {
        if (modifier == null || modifier.equalsIgnoreCase("this")) {
            return 0;
        }
        return modifier.equalsIgnoreCase("last") || modifier.equalsIgnoreCase("previous") ? -1 : 1;
    }

    private static ChronoUnit unit(Matcher m) {
        return switch (lower(m.group("unit"))) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static int month(Matcher m) {
        return CalendarWords.MONTHS.get(lower(m.group("month")));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private record Found(String text, String normalized) {
    }

    /**
     * A pattern and how to read its match. {@code asciiStarts} says which ASCII characters a match can begin
     * with, found once by trying each alone: one the engine ran out of input on could begin a match.
     */
    private record Rule(Pattern pattern, Function<DateContext, Found> read, boolean[] asciiStarts) {
        Rule(String regex, Function<DateContext, Found> read) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), read);
        }

        private Rule(Pattern pattern, Function<DateContext, Found> read) {
            this(pattern, read, asciiStarts(pattern));
        }

        boolean mayStartWith(char ch) {
            return ch >= asciiStarts.length || asciiStarts[ch];
        }

        private static boolean[] asciiStarts(Pattern pattern) {
            boolean[] starts = new boolean[128];
            for (char ch = 0; ch < starts.length; ch++) {
                Matcher m = pattern.matcher(String.valueOf(ch));
                starts[ch] = m.lookingAt() || m.hitEnd();
            }
            return starts;
        }
    }
}

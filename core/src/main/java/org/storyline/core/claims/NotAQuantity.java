package org.storyline.core.claims;

import java.util.Set;
import java.util.regex.Pattern;

import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;

/**
 * Numbers that are not quantities and so never make a claim: dates and years, times, durations,
 * ordinals, ages ("Putin, 71,"), phone numbers and codes, identifiers ("Article 5", "Flight 17"), and
 * numbers inside a hyphenated word, which the tokenizer splits off ("26" "-year-old").
 * The {@code nlp} stage marks most dates, times and durations; the rest is read from the words, so
 * text annotated without those marks is still safe.
 */
final class NotAQuantity {

    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.-]*");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}");

    private static final Set<MentionType> NOT_QUANTITIES =
            Set.of(MentionType.DATE, MentionType.TIME, MentionType.DURATION, MentionType.ORDINAL);
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock");
    private static final Set<String> LABEL_WORDS = Set.of("no.", "no", "#", "number", "nos.");

    private NotAQuantity() {
    }

    static boolean excludes(ClaimSentence s, Quantity q) {
        Span numberSpan = s.span(q.number(), q.numberEnd());
        for (Mention m : s.mentions) {
            if (NOT_QUANTITIES.contains(m.type()) && m.span().overlaps(numberSpan)) {
                return true;
            }
        }
        if (q.unit() == null && q.end() == q.numberEnd()
                && (isCompound(s.word(q.numberEnd())) || isSplitCompound(s.word(q.numberEnd()), s.word(q.numberEnd() + 1)))) {
            return true; // "26-year-old", "90-second ad", "three-quarters", "a two-day meeting": part of a word
        }
        if (q.unit() != null) {
            return false; // a currency or percent sign settles it
        }
        return isYear(s, q) || isAge(s, q) || isCode(s, q) || isLabel(s, q)
                || CLOCK_WORDS.contains(s.word(q.numberEnd()));
    }

    private static boolean isCompound(String next) {
        return next.length() > 1 && (next.charAt(0) == '-' || next.charAt(0) == '\u2010') && Character.isLetter(next.charAt(1));
    }

    /** A hyphen the tokenizer split off on its own, with a word after it ("two" "-" "day"). */
    private static boolean isSplitCompound(String next, String after) {
        return (next.equals("-") || next.equals("\u2010")) && !after.isEmpty() && Character.isLetter(after.charAt(0));
    }

    private static boolean isYear(ClaimSentence s, Quantity q) {
        String digits = s.word(q.number());
        return q.numberEnd() - q.number() == 1 && YEAR.matcher(digits).matches()
                && !s.tag(q.numberEnd()).equals("NNS");
    }

    private static boolean isAge(ClaimSentence s, Quantity q) {
        int before = q.first() - 1;
        if (AGE_WORDS.contains(s.word(before)) || (s.word(before).equals("of") && AGE_WORDS.contains(s.word(before - 1)))) {
            return true;
        }
        String after = s.word(q.numberEnd());
        if ((after.equals("years") || after.equals("year")) && s.word(q.numberEnd() + 1).equals("old")) {
            return true;
        }
        // "Vladimir Putin, 71, said": a number set off by commas right after a name
        return s.word(before).equals(",") && s.tag(before - 1).startsWith("NNP")
                && (after.equals(",") || after.equals(")"));
    }

    private static boolean isCode(ClaimSentence s, Quantity q) {
        String first = s.word(q.number());
        boolean digitsBefore = DIGITS.matcher(s.word(q.first() - 1)).matches();
        boolean digitsAfter = DIGITS.matcher(s.word(q.numberEnd())).matches();
        boolean longDigits = LONG_DIGITS.matcher(first).matches();
        return digitsBefore || digitsAfter || longDigits;
    }

    private static boolean isLabel(ClaimSentence s, Quantity q) {
        int before = q.first() - 1;
        if (LABEL_WORDS.contains(s.word(before))) {
            return true;
        }
        // "Article 5", "Flight 17": a capitalised noun names the thing and the number labels it
        return before > 0 && s.tag(before).startsWith("NN") && Character.isUpperCase(s.tokens.get(before).text().charAt(0))
                && !s.isNoun(q.numberEnd());
    }
}

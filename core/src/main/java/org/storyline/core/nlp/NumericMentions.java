package org.storyline.core.nlp;

import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What CoreNLP's numeric classifier leaves undone when SUTime is off: it marks "25%" and "5 percent" as
 * plain numbers and "10 a.m." as a duration "10". A number followed by a percent word becomes a PERCENT
 * with the number as its value; one followed by a clock word becomes a TIME.
 */
final class NumericMentions {

    private static final Pattern CLOCK_DIGITS = Pattern.compile("\\d{1,2}[:.]\\d\\d");

    private static final List<String> PERCENT_WORDS = longestFirst("percent-words.txt");
    private static final List<String> CLOCK_WORDS = longestFirst("clock-words.txt");

    private NumericMentions() {
    }

    static List<Mention> complete(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == MentionType.NUMBER || m.type() == MentionType.DURATION ? completed(text, m) : m);
        }
        return out;
    }

    private static Mention completed(String text, Mention m) {
        if (m.type() == MentionType.NUMBER) {
            int end = followedBy(text, m.span().end(), PERCENT_WORDS);
            if (end >= 0) {
                Span span = new Span(m.span().begin(), end);
                return new Mention(span.of(text), span, MentionType.PERCENT, m.normalized());
            }
        }
        if (m.text().chars().allMatch(Character::isDigit) || CLOCK_DIGITS.matcher(m.text()).matches()) {
            int end = followedBy(text, m.span().end(), CLOCK_WORDS);
            if (end >= 0) {
                Span span = new Span(m.span().begin(), end);
                return new Mention(span.of(text), span, MentionType.TIME, null);
            }
        }
        return m;
    }

    /** Where the first of {@code words} written at {@code at} (after at most one space) ends, or -1. */
    private static int followedBy(String text, int at, List<String> words) {
        int from = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        for (String w : words) {
            int end = from + w.length();
            if (text.regionMatches(true, from, w, 0, w.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || w.endsWith("."))
                    && (Character.isLetter(w.charAt(0)) || from == at)) {
                return end;
            }
        }
        return -1;
    }

    private static List<String> longestFirst(String resource) {
        List<String> words = new ArrayList<>(WordList.lines(NumericMentions.class, resource));
        words.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }
}

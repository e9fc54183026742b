package org.storyline.core.story;

import java.util.regex.Pattern;
import org.storyline.core.nlp.CalendarWords;

/**
 * A sentence made to read out of its article, and shorter: what only reads against the article's own
 * dateline goes — the weekday of a report ("said Tuesday", "on Friday night"), which counts from a
 * publication day the summary's reader does not see, and "here" after a verb ("met here"), which points at
 * a dateline place the summary leaves out — and so does an aside between AP-style underscores or in
 * parentheses. A summary spends its few words on what happened. A weekday that is the object of a
 * preposition ("until Friday", "by Monday") or a name ("the Sunday Times", "Tuesday's vote") stays: the
 * sentence would not read without it.
 */
final class SentenceTrim {

    private static final String DAY = CalendarWords.capitalizedAlternation(CalendarWords.weekdayNames())
            + "(?: (?:night|morning|afternoon|evening))?";
    private static final String NOT_NAMED = "(?!'s|\u2019s|-| and | or | \\p{Lu})\\b";
    private static final Pattern OPENING_DAY = Pattern.compile("^(?:On|Late|Early|Last) " + DAY + ",\\s+(\\p{L})");
    private static final Pattern ON_DAY = Pattern.compile("\\s+(?:on|late|early|last) " + DAY + NOT_NAMED);
    private static final Pattern BARE_DAY = Pattern.compile("(?<=\\p{Ll})(?<!\\b(?:for|by|until|till|since|from|to|"
            + "before|after|of|through|between|and|or|than|next|this|that|every|each|a|an|the|on|late|early|last))"
            + "\\s+" + DAY + NOT_NAMED);
    private static final Pattern HERE = Pattern.compile("(?<=\\p{Ll}) here(?=[ ,.])(?! (?:is|are|was|were|to|that)\\b)");
    private static final Pattern UNDERSCORE_ASIDE = Pattern.compile("\\s+_\\s+[^_]{1,80}?\\s+_(?=\\s)");
    private static final Pattern PARENTHESES = Pattern.compile("\\s+\\([^()]{1,80}\\)");

    private SentenceTrim() {
    }

    static String trimmed(String sentence) {
        var m = OPENING_DAY.matcher(sentence);
        var t = m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) + sentence.substring(m.end()) : sentence;
        t = ON_DAY.matcher(t).replaceAll("");
        t = BARE_DAY.matcher(t).replaceAll("");
        t = HERE.matcher(t).replaceAll("");
        t = UNDERSCORE_ASIDE.matcher(t).replaceAll("");
        t = PARENTHESES.matcher(t).replaceAll("");
        return t.equals(sentence) ? sentence : t.replaceAll("\\s+(?=[,.;:])", "");
    }
}

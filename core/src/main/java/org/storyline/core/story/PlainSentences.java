package org.storyline.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.Span;

/**
 * Where sentences end in text read without the nlp stage's sentences (a stored article's lede, an analysis
 * without annotations). A full stop, question or exclamation mark before a capital or digit ends one, but
 * not after a title written before a name ("Gen. Augusto Pinochet", "Rep. Bob Livingston"), and after an
 * initial, a dotted acronym or a common abbreviation ("B.J. Habibie", "U.S. President", "Apple Inc.
 * shares") only when the next word is one that opens sentences ("… in the U.S. The move …").
 */
final class PlainSentences {

    private static final Pattern CANDIDATE_END =
            Pattern.compile("(?<=[.!?]|[.!?][\"\u201d\u2019'])\\s+(?=[\"\u201c\u2018']?[\\p{Lu}0-9])");
    private static final Pattern FULL_STOP = Pattern.compile("\\.[\"\u201d\u2019']?$");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)[.!?][\"\u201d\u2019']?$");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    private static final Pattern NEXT_WORD = Pattern.compile("^[\"\u201c\u2018']?([\\p{L}0-9]+)");
    private static final Set<String> NAME_TITLES = WordList.load("name-titles.txt");
    private static final Set<String> ABBREVIATIONS = WordList.load("abbreviations.txt");

    private PlainSentences() {
    }

    /** The sentences of {@code text}, as spans without the space between them. */
    static List<Span> spans(String text) {
        var spans = new ArrayList<Span>();
        int start = 0;
        Matcher m = CANDIDATE_END.matcher(text);
        while (m.find()) {
            if (endsSentence(text.substring(Math.max(start, m.start() - 40), m.start()), text.substring(m.end()))) {
                spans.add(new Span(start, m.start()));
                start = m.end();
            }
        }
        spans.add(new Span(start, text.length()));
        return spans;
    }

    /** The first sentence of {@code text}. */
    static String first(String text) {
        Span s = spans(text).get(0);
        return text.substring(s.begin(), s.end());
    }

    private static boolean endsSentence(String before, String after) {
        if (!FULL_STOP.matcher(before).find()) {
            return true;
        }
        Matcher word = WORD_BEFORE.matcher(before);
        if (!word.find()) {
            return true;
        }
        String last = word.group(1);
        String key = last.toLowerCase(Locale.ROOT);
        if (NAME_TITLES.contains(key) && Character.isUpperCase(last.charAt(0))) {
            return false;
        }
        if (INITIALS.matcher(last).matches() || ABBREVIATIONS.contains(key)) {
            return opensSentence(after);
        }
        return true;
    }

    private static boolean opensSentence(String after) {
        Matcher next = NEXT_WORD.matcher(after);
        return next.find() && WordList.STOPWORDS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}

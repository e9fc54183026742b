package org.storyline.core.nlp;

import org.storyline.core.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link DateMentions}' rules read around a match: the words beside it and the tense of its clause. */
final class DateContext {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    /** How many words before a date a future cue may stand ("will meet in Brussels on Friday"). */
    private static final int CUE_WINDOW = 8;
    /** A quotation, which counts as one word between a cue and its date ("would present “a plan” on Tuesday"). */
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");

    final String text;
    final DateResolver resolver;
    private final List<Sentence> sentences;
    Matcher matcher;

    DateContext(String text, List<Sentence> sentences, DateResolver resolver) {
        this.text = text;
        this.sentences = sentences;
        this.resolver = resolver;
    }

    /** Whether the group's first letter is upper case: "May" may be a month, "may" is not. */
    boolean capitalized(String group) {
        return Character.isUpperCase(text.charAt(matcher.start(group)));
    }

    /** Whether the clause around the match speaks of the future ("will meet on Friday"). */
    boolean future() {
        int sentenceBegin = sentenceBegin(matcher.start());
        List<String> before = wordsOutsideQuotations(Math.max(sentenceBegin, matcher.start() - 160), matcher.start());
        for (int i = Math.max(0, before.size() - CUE_WINDOW); i < before.size(); i++) {
            if (isCue(before.get(i))) {
                return true;
            }
        }
        // "On Friday, leaders will meet": a date opening the sentence takes the tense of the words after it
        if (before.size() <= 1) {
            List<String> after = words(matcher.end(), Math.min(text.length(), matcher.end() + 60));
            for (int i = 0; i < Math.min(4, after.size()); i++) {
                if (isCue(after.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word before {@code at} shows that a bare month or year there is a date ("in", "since", "mid-"). */
    boolean ledIn(int at) {
        if (at >= 4 && text.regionMatches(true, at - 4, "mid-", 0, 4)) {
            return true;
        }
        return CalendarWords.LEAD_WORDS.contains(previousWord(at));
    }

    /** The lower-cased word ending just before {@code at} (spaces between), or "" when punctuation intervenes. */
    String previousWord(int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** The word starting just after {@code at} (spaces between), as written, or "". */
    String nextWord(int at) {
        int begin = at;
        while (begin < text.length() && text.charAt(begin) == ' ') {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    private static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return CalendarWords.FUTURE_CUES.contains(w) || w.endsWith("'ll") || w.endsWith("’ll");
    }

    /** The words between {@code begin} and {@code end}, each quotation there counted as one word. */
    private List<String> wordsOutsideQuotations(int begin, int end) {
        return words(QUOTATION.matcher(text.substring(begin, end)).replaceAll(" quoted "));
    }

    private List<String> words(int begin, int end) {
        return words(text.substring(begin, end));
    }

    private static List<String> words(String span) {
        Matcher m = WORD.matcher(span);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private int sentenceBegin(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().begin() <= at) {
                found = sentences.get(mid).span().begin();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}

package org.storyline.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Quote;
import org.storyline.core.model.Span;

/**
 * One sentence of an independent report, with what the story stage compares across articles.
 *
 * @param index    position among all the story's passages
 * @param source   the article it is from
 * @param outlet   the article's outlet label
 * @param sentence the sentence index in the article
 * @param text     the sentence as printed
 * @param span     where it is in the article text
 * @param terms    stemmed content words, the people it names (as {@code @name}), numbers ({@code #300000})
 *                 and dates ({@code date:2022-02})
 * @param people   canonical names of the people it mentions or quotes
 * @param speakers canonical names of the people quoted in it
 * @param numbers  normalised numeric values it mentions (money, percent, counts), dates excluded
 * @param dates    ISO dates at month or day precision it mentions
 * @param claims   the claims it reports
 * @param quotes   the quotes attributed in it
 * @param quoted   whether quotes cover most of it (it is someone's words rather than narration)
 * @param negated  whether it contains a negation
 * @param words    how many words it has
 */
record Passage(
        int index,
        ArticleAnalysis source,
        String outlet,
        int sentence,
        String text,
        Span span,
        Set<String> terms,
        Set<String> people,
        Set<String> speakers,
        Set<String> numbers,
        List<String> dates,
        List<Claim> claims,
        List<Quote> quotes,
        boolean quoted,
        boolean negated,
        int words) {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    String articleId() {
        return source.article().id();
    }

    /** The words of the sentence in order, lower-cased and stemmed ({@link LightStemmer}), punctuation dropped. */
    List<String> stems() {
        return stems(text);
    }

    /** The text's words, lower-cased and stemmed, in order. */
    static List<String> stems(String text) {
        var out = new ArrayList<String>();
        for (var w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(LightStemmer.stem(w));
            }
        }
        return out;
    }

    /** The same passage printed shorter ({@link SentenceTrim}): its citation still quotes the article in full. */
    Passage trimmed() {
        var shorter = SentenceTrim.trimmed(text);
        if (shorter.equals(text)) {
            return this;
        }
        int cut = text.split("\\s+").length - shorter.split("\\s+").length;
        return new Passage(index, source, outlet, sentence, shorter, span, terms, people, speakers, numbers, dates,
                claims, quotes, quoted, negated, words - cut);
    }

    /** The passage cut after its first {@code n} words, as a reader who stops there reads it. */
    Passage firstWords(int n) {
        var parts = text.split("\\s+");
        var cut = String.join(" ", java.util.Arrays.copyOf(parts, Math.min(n, parts.length)));
        return new Passage(index, source, outlet, sentence, cut, span, terms, people, speakers, numbers, dates,
                claims, quotes, quoted, negated, Math.min(n, words));
    }

    Citation citation() {
        return new Citation(outlet, articleId(), span.of(source.annotated().text()).strip(), span);
    }
}

package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.extract.DatelineReader;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Quote;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

/**
 * Cuts an article into {@link Passage}s. Works from the annotation when there is one (lemmas, mentions,
 * entities) and falls back on the bare text when there is none (an article the annotator could not
 * handle, such as one in another language), so every article still contributes its sentences.
 */
final class PassageReader {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.-]*");
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^(?:He|She|His|Her)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private static final int MIN_WORDS = 3;
    /** Sentences a quotation may run on for and still be put back together. */
    private static final int QUOTED_SENTENCES = 4;

    private final StoryCast cast;

    PassageReader(StoryCast cast) {
        this.cast = cast;
    }

    List<Passage> read(ArticleAnalysis analysis, String outlet, int firstIndex) {
        var text = analysis.annotated().text();
        var passages = new ArrayList<Passage>();
        for (var cut : sentences(analysis, text)) {
            // a line of two words ("Markets", "My News") is a label left by extraction, not a statement
            if (cut.span().of(text).strip().split("\\s+").length >= MIN_WORDS) {
                var sentence = withNamedPronoun(analysis, cut.span(), text);
                passages.add(passage(analysis, outlet, firstIndex + passages.size(), cut, sentence, text));
            }
        }
        return passages;
    }

    /**
     * The sentence, opening on the person its "He" or "Her" stands for when the entities stage resolved it
     * ("[Ariel Sharon] commanded …"): out of its article the pronoun names no one. The brackets say the words
     * are not the outlet's; the citation still quotes the sentence as written.
     */
    private String withNamedPronoun(ArticleAnalysis a, Span span, String text) {
        var written = span.of(text);
        var sentence = written.strip();
        var pronoun = OPENING_PRONOUN.matcher(sentence);
        if (!pronoun.find()) {
            return sentence;
        }
        int begin = span.begin() + written.length() - written.stripLeading().length();
        var at = new Span(begin, begin + pronoun.end());
        for (var e : a.entities()) {
            if (e.type() == EntityType.PERSON && e.mentions().contains(at) && namesSomeone(e)) {
                var possessive = pronoun.group().equalsIgnoreCase("his") || pronoun.group().equalsIgnoreCase("her");
                return "[" + cast.nameOf(e.name()) + (possessive ? "'s" : "") + "]" + sentence.substring(pronoun.end());
            }
        }
        return sentence;
    }

    private Passage passage(ArticleAnalysis a, String outlet, int index, Cut cut, String sentence, String text) {
        var span = cut.span();
        int sentenceIndex = cut.index();
        var quotes = a.quotes().stream().filter(q -> q.span() != null && q.span().overlaps(span)).toList();
        var people = new LinkedHashSet<String>();
        for (var e : a.entities()) {
            var name = e.type() == EntityType.PERSON ? cast.knownName(e.name()) : null;
            if (name != null && e.mentions().stream().anyMatch(span::contains)) {
                people.add(name);
            }
        }
        // the speaker of most of the sentence first: a report's speaker is its first one (ReportWriter)
        var speakers = new LinkedHashSet<String>();
        for (var q : quotes.stream().sorted(Comparator.comparingInt((Quote q) -> -overlap(q.span(), span))).toList()) {
            var speaker = speakerName(a, q);
            if (speaker != null) {
                speakers.add(speaker);
            }
        }
        people.addAll(speakers);
        // a person counts once, as @name, not again through the words of their name
        var nameWords = new java.util.HashSet<String>();
        people.forEach(p -> nameWords.addAll(List.of(StoryCast.key(p).split(" "))));
        var words = words(cut, text);
        var terms = new LinkedHashSet<String>();
        boolean negated = false;
        for (var w : words) {
            negated |= WordList.isNegation(w);
            for (var part : w.split("-")) {
                if (part.length() > 1 && !WordList.STOPWORDS.contains(part) && !nameWords.contains(part)
                        && part.chars().anyMatch(Character::isLetter)) {
                    var stem = LightStemmer.stem(part);
                    if (!stem.isEmpty()) {
                        terms.add(stem);
                    }
                }
            }
        }
        people.forEach(p -> terms.add("@" + StoryCast.key(p)));
        var numbers = new LinkedHashSet<String>();
        var dates = new ArrayList<String>();
        for (var m : a.annotated().mentions()) {
            if (m.normalized() == null || m.span() == null || !span.contains(m.span())) {
                continue;
            }
            if (m.type() == MentionType.DATE && ISO_DATE.matcher(m.normalized()).matches()) {
                dates.add(m.normalized());
                terms.add("date:" + m.normalized());
            } else if (m.type() == MentionType.NUMBER || m.type() == MentionType.MONEY || m.type() == MentionType.PERCENT) {
                numbers.add(m.normalized().replaceFirst("^[A-Z]{3} ", ""));
            }
        }
        var claims = a.claims().stream().filter(c -> c.sentence() == sentenceIndex
                || (c.span() != null && span.contains(c.span()))).toList();
        claims.forEach(c -> numbers.add(ClaimMatcher.plain(c.value())));
        numbers.forEach(n -> terms.add("#" + n));
        return new Passage(index, a, outlet, sentenceIndex, sentence, span, Set.copyOf(terms), Set.copyOf(people),
                Collections.unmodifiableSet(speakers), Set.copyOf(numbers), List.copyOf(dates), claims, quotes,
                quotedShare(quotes, span) >= 0.5, negated, words.size());
    }

    /**
     * The story's name for a quote's speaker: a person or organisation the story knows by name, or
     * {@code null} (a pronoun left unresolved, a place).
     */
    String speakerName(ArticleAnalysis a, Quote q) {
        var entity = speakerEntity(a, q);
        if (entity != null) {
            return entity.type() != EntityType.PLACE && namesSomeone(entity) ? cast.nameOf(entity.name()) : null;
        }
        return q.speaker() == null ? null : cast.knownName(q.speaker().name());
    }

    /** Whether the entity has a name, not only a pronoun the entities stage could not resolve. */
    private static boolean namesSomeone(Entity entity) {
        return !WordList.PRONOUNS.contains(StoryCast.key(entity.name()));
    }

    static Entity speakerEntity(ArticleAnalysis a, Quote q) {
        if (q.speaker() == null || q.speaker().entityId() == null) {
            return null;
        }
        return a.entities().stream().filter(e -> e.id().equals(q.speaker().entityId())).findFirst().orElse(null);
    }

    private static List<String> words(Cut cut, String text) {
        var words = new ArrayList<String>();
        if (!cut.tokens().isEmpty()) {
            for (var t : cut.tokens()) {
                var w = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.text();
                if (w != null && w.chars().anyMatch(Character::isLetterOrDigit)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return words;
        }
        Matcher m = WORD.matcher(cut.span().of(text));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replaceFirst("[.'\u2019-]+$", ""));
        }
        return words;
    }

    private static double quotedShare(List<Quote> quotes, Span span) {
        int covered = 0;
        for (var q : quotes) {
            covered += overlap(q.span(), span);
        }
        return span.length() == 0 ? 0 : (double) covered / span.length();
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }

    /**
     * The annotated sentences, or sentences cut at terminal punctuation when the article was not annotated,
     * with the opening dateline ("CALDERRA, March 4 (Meridian Wire) -") left out: it says where and by whom
     * the report was filed, which the story shows elsewhere, and it is not part of any statement.
     */
    private static List<Cut> sentences(ArticleAnalysis a, String text) {
        int firstParagraphEnd = text.indexOf(Article.PARAGRAPH_SEPARATOR);
        var dateline = DatelineReader.standard().read(firstParagraphEnd < 0 ? text : text.substring(0, firstParagraphEnd));
        int body = dateline == null ? 0 : dateline.length();
        var cuts = new ArrayList<Cut>();
        for (var cut : quotationsKept(wholeSentences(a, text), text)) {
            if (cut.span().begin() >= body) {
                cuts.add(cut);
            } else if (cut.span().end() > body) {
                var tokens = cut.tokens().stream().filter(t -> t.span() == null || t.span().begin() >= body).toList();
                cuts.add(new Cut(cut.index(), new Span(body, cut.span().end()), tokens));
            }
        }
        return cuts;
    }

    /**
     * The sentences with each quotation the splitter cut at a full stop put back together: a sentence that
     * leaves a quotation open takes in the next ones until the quotation closes, or to the end of its
     * paragraph when the quotation runs on into the next one (newswire style: each paragraph of a long
     * quotation opens with a mark, only the last closes). One that stays open past
     * {@link #QUOTED_SENTENCES} sentences is left as cut.
     */
    private static List<Cut> quotationsKept(List<Cut> cuts, String text) {
        var out = new ArrayList<Cut>();
        for (int i = 0; i < cuts.size(); i++) {
            var first = cuts.get(i);
            int last = OpenQuotation.leftOpen(first.span().of(text)) ? quotationEnd(cuts, i, text) : i;
            if (last == i) {
                out.add(first);
                continue;
            }
            var tokens = new ArrayList<Token>();
            cuts.subList(i, last + 1).forEach(c -> tokens.addAll(c.tokens()));
            out.add(new Cut(first.index(), new Span(first.span().begin(), cuts.get(last).span().end()), tokens));
            i = last;
        }
        return out;
    }

    /**
     * The sentence that ends the quotation sentence {@code open} leaves open: the one that closes it, or the
     * last of the paragraph; {@code open} itself when neither comes within {@link #QUOTED_SENTENCES}.
     */
    private static int quotationEnd(List<Cut> cuts, int open, String text) {
        int begin = cuts.get(open).span().begin();
        for (int j = open + 1; j <= open + QUOTED_SENTENCES; j++) {
            if (j == cuts.size() || paragraphBetween(cuts.get(j - 1), cuts.get(j), text)) {
                return j - 1;
            }
            if (!OpenQuotation.leftOpen(text.substring(begin, cuts.get(j).span().end()))) {
                return j;
            }
        }
        return open;
    }

    private static boolean paragraphBetween(Cut before, Cut after, String text) {
        int from = Math.min(before.span().end(), after.span().begin());
        return text.substring(from, after.span().begin()).contains(Article.PARAGRAPH_SEPARATOR);
    }

    private static List<Cut> wholeSentences(ArticleAnalysis a, String text) {
        var spans = new ArrayList<Cut>();
        for (var s : a.annotated().sentences()) {
            if (s.span() != null && s.span().end() <= text.length()) {
                spans.add(new Cut(s.index(), s.span(), s.tokens()));
            }
        }
        if (!spans.isEmpty() || text.isBlank()) {
            return spans;
        }
        for (Span s : PlainSentences.spans(text)) {
            spans.add(new Cut(spans.size(), s, List.of()));
        }
        return spans;
    }

    private record Cut(int index, Span span, List<Token> tokens) {
    }
}

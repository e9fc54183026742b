package org.storyline.core.quotes;

import org.storyline.core.extract.DatelineReader;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;

import java.util.List;
import java.util.Locale;

/**
 * The per-article state quote finding shares: tokens, which of them are quoted, sentence bounds, and the
 * speaker resolver; plus the rules that read a frame's speaker, cue and indirect content.
 */
final class Attribution {

    private static final int MIN_CONTENT_WORDS = 3;

    final AnnotatedArticle annotated;
    final TokenIndex index;
    final boolean[] quoted;
    private final SpeakerResolver speakers;
    private final int[] firstToken;
    private final int[] lastToken;
    private final int[] bodyToken;

    Attribution(AnnotatedArticle annotated, TokenIndex index, boolean[] quoted, SpeakerResolver speakers) {
        this.annotated = annotated;
        this.index = index;
        this.quoted = quoted;
        this.speakers = speakers;
        List<Sentence> sentences = annotated.sentences();
        firstToken = new int[sentences.size()];
        lastToken = new int[sentences.size()];
        bodyToken = new int[sentences.size()];
        int at = 0;
        int paragraph = -1;
        for (Sentence s : sentences) {
            firstToken[s.index()] = at;
            at += s.tokens().size();
            lastToken[s.index()] = at - 1;
            bodyToken[s.index()] = s.paragraph() != paragraph ? afterDateline(s) : firstToken[s.index()];
            paragraph = s.paragraph();
        }
    }

    /**
     * The first token after the dateline that opens a paragraph's first sentence ("CALDERRA, March 4
     * (Meridian Wire) - Estrava will …"): the dateline says where and when the story was filed, and is no
     * part of what anyone said.
     */
    private int afterDateline(Sentence s) {
        int first = firstToken[s.index()];
        String text = annotated.text();
        int begin = s.span().begin();
        DatelineReader.Dateline dateline = DatelineReader.standard().read(text.substring(begin, Math.min(text.length(), begin + 200)));
        if (dateline == null) {
            return first;
        }
        int body = begin + dateline.length();
        for (int i = first; i <= lastToken[s.index()]; i++) {
            if (index.get(i).span().begin() >= body) {
                return i;
            }
        }
        return first;
    }

    int firstToken(int sentence) {
        return firstToken[sentence];
    }

    /** The sentence's first token after any dateline that opens its paragraph: "(UPI) —" is no speaker. */
    int bodyToken(int sentence) {
        return bodyToken[sentence];
    }

    int lastToken(int sentence) {
        return lastToken[sentence];
    }

    Speaker speaker(Frame f) {
        return speaker(f.speakerFirst(), f.speakerLast());
    }

    Speaker speaker(int firstToken, int lastToken) {
        return speakers.speaker(span(firstToken, lastToken));
    }

    boolean isPlace(Speaker s) {
        return speakers.isPlace(s);
    }

    String cue(Frame f) {
        return span(f.cueFirst(), f.cueLast()).of(annotated.text());
    }

    Span span(int firstToken, int lastToken) {
        return new Span(index.get(firstToken).span().begin(), index.get(lastToken).span().end());
    }

    boolean isWord(int token) {
        String t = index.get(token).text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a frame reports without quotation marks, or {@code null}: the clause after the cue ("X said (that)
     * …", "according to X, …") or, when the frame closes the sentence after a comma, the clause before it
     * ("…, he said."). Content must be a clause (a verb among at least three words) and hold no quotation.
     */
    Span indirectContent(Frame f, List<Frame> inSentence) {
        int s0 = bodyToken[f.sentence()];
        int s1 = lastToken[f.sentence()];
        while (s1 > s0 && !isWord(s1)) {
            s1--;
        }
        int afterFirst = f.last() + 1;
        while (afterFirst <= s1 && isSkippableOpening(index.get(afterFirst))) {
            afterFirst++;
        }
        int that = thatWithin(afterFirst, s1);
        if (that >= 0) {
            afterFirst = that + 1;
        }
        if (f.inverted() && f.cueFirst() == s0) {
            // "According to early results of polls conducted for X, content": the content follows the comma.
            for (int i = f.last() + 1; i < s1; i++) {
                if (index.get(i).text().equals(",")) {
                    afterFirst = i + 1;
                    break;
                }
            }
        }
        int afterLast = s1;
        for (Frame other : inSentence) {
            boolean closesClause = other.participle() || other.first() - 1 > f.last()
                    && index.get(other.first() - 1).text().equals(",");
            if (other != f && closesClause && other.first() > f.last() && other.first() - 1 < afterLast) {
                afterLast = other.first() - 1;
            }
        }
        while (afterLast > afterFirst && !isWord(afterLast)) {
            afterLast--;
        }
        int beforeLast = f.first() - 1;
        boolean commaBefore = beforeLast > s0 && index.get(beforeLast).text().equals(",");
        boolean colon = index.get(f.cueFirst()).text().equals(":");
        Span after = clause(afterFirst, afterLast) || colon && afterLast - afterFirst >= 1 && !anyQuoted(afterFirst, afterLast)
                ? span(afterFirst, afterLast) : null;
        // "…, the minister announced on Tuesday, after Monday's fire left …": a preposition right after the
        // cue opens an adjunct, and "…, the company said, and 60% of trains ran" a clause of the narrator's
        // own; either way what was said is the clause before the comma
        String opening = afterFirst <= afterLast ? index.get(afterFirst).pos() : "";
        boolean adjunct = that < 0 && (opening.equals("IN") || opening.equals("CC"));
        if (after != null && (f.participle() || !commaBefore || isFiniteClause(afterFirst, afterLast) && !adjunct)) {
            return after;
        }
        if (commaBefore && !f.participle()) {
            int last = beforeLast - 1;
            int first = s0;
            for (Frame other : inSentence) {
                if (other != f && other.last() < beforeLast && other.last() + 1 > first) {
                    first = other.last() + 1;
                }
            }
            while (first < last && !isWord(first)) {
                first++;
            }
            if (clause(first, last)) {
                return span(first, last);
            }
        }
        return after;
    }

    private boolean anyQuoted(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (quoted[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean clause(int first, int last) {
        if (last - first + 1 < MIN_CONTENT_WORDS) {
            return false;
        }
        boolean verb = false;
        for (int i = first; i <= last; i++) {
            if (quoted[i]) {
                return false;
            }
            String pos = index.get(i).pos();
            verb |= pos.startsWith("VB") || pos.equals("MD");
        }
        return verb;
    }

    private boolean isFiniteClause(int first, int last) {
        for (int i = first; i <= last; i++) {
            String pos = index.get(i).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
                    || pos.equals("TO") && i + 1 <= last && index.get(i + 1).pos().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    /** A "that" opening the content within the first few words after the cue ("said on Monday that …"). */
    private int thatWithin(int first, int last) {
        for (int i = first; i <= Math.min(last, first + 5); i++) {
            Token t = index.get(i);
            if (t.text().equalsIgnoreCase("that") && t.pos().equals("IN")) {
                return i;
            }
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isSkippableOpening(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals(",") || w.equals(":") || w.equals("that") && t.pos().equals("IN");
    }
}

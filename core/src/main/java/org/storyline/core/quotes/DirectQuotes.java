package org.storyline.core.quotes;

import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.nlp.Quotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributes quotations to frames. A quotation takes the frame right after its closing mark ("“…,” he
 * said"), else the nearest frame before it in its sentence ("X said: “…”", "said there was “…”"), else
 * a frame later in its last sentence. It is direct when it stands as a whole utterance (nothing but the
 * frame and punctuation around it, not starting in lower case) and partial otherwise. A quotation with no
 * frame continues the speaker of the previous attributed quotation in the same or the previous paragraph.
 */
final class DirectQuotes {

    private static final java.util.Set<String> SHARES = org.storyline.core.nlp.WordList.lowerCaseSet(DirectQuotes.class, "survey-shares.txt");

    private final Attribution a;
    private final List<List<Frame>> frames;
    private final FrameFinder finder;

    DirectQuotes(Attribution attribution, List<List<Frame>> frames, FrameFinder finder) {
        this.a = attribution;
        this.frames = frames;
        this.finder = finder;
    }

    List<Quote> attribute(List<Quotation> quotations, Set<Frame> used) {
        List<Quote> out = new ArrayList<>();
        String text = a.annotated.text();
        Speaker lastSpeaker = null;
        int lastParagraph = -10;
        String lastCue = null;
        for (Quotation q : quotations) {
            Span inner = trim(text, q.inner());
            if (inner == null) {
                continue;
            }
            int open = a.index.at(q.open());
            int close = a.index.at(Math.max(q.open(), q.outer().end() - 1));
            if (open >= a.index.size() || close >= a.index.size()) {
                continue;
            }
            int sOpen = a.index.sentence(open);
            int sClose = a.index.sentence(close);
            int paragraph = a.index.sentenceAt(open).paragraph();
            Frame frame = choose(open, close, sOpen, sClose, endsInExclamation(text, inner));
            if (frame != null && surveyShare(frame)) {
                frame = null;
            }
            boolean whole = Character.isLowerCase(text.charAt(inner.begin())) ? false
                    : cleanBefore(open, sOpen, frame) && cleanAfter(close, sClose, frame, q.closed());
            boolean headline = frame != null && a.index.get(frame.cueFirst()).text().equals(":");
            if (!whole && !headline && TitleCase.is(inner.of(text)) && !cueRightBefore(frame, open)
                    && !(frame != null && TitleCase.isHeadline(a.index.sentenceAt(open).span().of(text)))) {
                continue; // the name of a show, book or slogan, not someone's words
            }
            if (frame != null) {
                used.add(frame);
                Speaker speaker = a.speaker(frame);
                out.add(new Quote(whole ? QuoteKind.DIRECT : QuoteKind.PARTIAL, inner.of(text), inner, speaker,
                        a.cue(frame), frame.sentence()));
                lastSpeaker = speaker;
                lastCue = a.cue(frame);
                lastParagraph = a.index.sentenceAt(close).paragraph();
            } else if (whole && lastSpeaker != null && paragraph - lastParagraph <= 1) {
                out.add(new Quote(QuoteKind.DIRECT, inner.of(text), inner, lastSpeaker, lastCue, sOpen));
                lastParagraph = a.index.sentenceAt(close).paragraph();
            }
        }
        return out;
    }

    private Frame choose(int open, int close, int sOpen, int sClose, boolean exclamation) {
        Frame laterInSentence = null;
        for (Frame f : frames.get(sClose)) {
            if (f.first() > close) {
                boolean adjacent = true;
                for (int i = close + 1; i < f.first(); i++) {
                    adjacent &= !a.isWord(i);
                }
                if (adjacent) {
                    return f;
                }
                if (laterInSentence == null) {
                    laterInSentence = f;
                }
            }
        }
        Frame verbAfter = laterInSentence == null ? speakerVerbAfter(close, sClose) : null;
        if (verbAfter != null) {
            return verbAfter;
        }
        if (laterInSentence == null && sClose + 1 < frames.size()) {
            // "“… a pathetic figure!” he wrote": the tokenizer ends the sentence at "!”". After "." the
            // next sentence is the frame only when it says nothing else ("“….” Trump said Wednesday."):
            // "“… insensitive.” He writes that …" starts a new attribution.
            int next = a.firstToken(sClose + 1);
            boolean adjacent = next == close + 1
                    && a.index.sentenceAt(next).paragraph() == a.index.sentenceAt(close).paragraph();
            for (Frame f : frames.get(sClose + 1)) {
                if (adjacent && f.first() == next && (exclamation || bareFrame(f, sClose + 1))) {
                    return f;
                }
            }
        }
        Frame before = null;
        for (Frame f : frames.get(sOpen)) {
            if (f.last() < open) {
                before = f;
            }
        }
        if (before != null || laterInSentence != null) {
            return before != null ? before : laterInSentence;
        }
        if (sOpen > 0 && open == a.firstToken(sOpen)) {
            return leadIn(sOpen - 1);
        }
        return subjectFrame(open, sOpen);
    }

    /**
     * "“Go back to Univision,” Trump barked", "“This is fantastic!” beamed Donald Hartley": a quotation
     * that ends in a comma, "!" or "?" inside its marks, right followed by a name or pronoun and a verb
     * in the past or present (either order), is that person's words whatever the verb.
     */
    private Frame speakerVerbAfter(int close, int sentence) {
        int last = a.lastToken(sentence);
        String end = close > 0 ? a.index.get(close - 1).text() : "";
        if (close + 2 > last || !end.equals(",") && !end.equals("!") && !end.equals("?")) {
            return null;
        }
        int i = close + 1;
        int name = nameEnd(i, last);
        if (name >= 0) {
            int v = name + 1;
            while (v <= last && a.index.get(v).pos().equals("RB")) {
                v++;
            }
            return v <= last && isFiniteVerb(v) ? new Frame(i, name, v, v, false, false, sentence) : null;
        }
        name = isFiniteVerb(i) ? nameEnd(i + 1, last) : -1;
        return name >= 0 ? new Frame(i + 1, name, i, i, true, false, sentence) : null;
    }

    /** Last token of a name or speaker pronoun starting at {@code i}, or -1. */
    private int nameEnd(int i, int last) {
        if (i > last || a.quoted[i]) {
            return -1;
        }
        var t = a.index.get(i);
        if (t.pos().equals("PRP")) {
            return FrameFinder.isSpeakerPronoun(t.text()) ? i : -1;
        }
        boolean named = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
        if (!named && !t.pos().startsWith("NNP")) {
            return -1;
        }
        int end = i;
        while (end + 1 <= last && !a.quoted[end + 1] && (a.index.get(end + 1).pos().startsWith("NNP")
                || !a.index.get(end + 1).ner().equals("O") && a.index.get(end + 1).ner().equals(t.ner()))) {
            end++;
        }
        return end;
    }

    private boolean isFiniteVerb(int i) {
        String pos = a.index.get(i).pos();
        return pos.equals("VBD") || pos.equals("VBZ");
    }

    /** Whether the speaker phrase is a share of a surveyed group ("72 percent of Democrats", "a majority of voters"). */
    private boolean surveyShare(Frame f) {
        boolean share = false;
        boolean counted = false;
        for (int i = f.speakerFirst(); i <= f.speakerLast(); i++) {
            var t = a.index.get(i);
            share |= SHARES.contains(t.text().toLowerCase(java.util.Locale.ROOT));
            counted |= t.pos().equals("CD") || t.text().equalsIgnoreCase("of");
        }
        return share && counted;
    }

    /** Whether the frame's cue opens the quotation ("Cruz said “CNN” five times"): then it is no title. */
    private boolean cueRightBefore(Frame frame, int open) {
        if (frame == null || frame.cueLast() >= open || !FrameFinder.isCue(a.index.get(frame.cueLast()))) {
            return false;
        }
        for (int i = frame.cueLast() + 1; i < open; i++) {
            if (a.isWord(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence holds nothing after the frame but words without a verb or a quotation. */
    private boolean bareFrame(Frame f, int sentence) {
        for (int i = f.last() + 1; i <= a.lastToken(sentence); i++) {
            String pos = a.index.get(i).pos();
            if (a.quoted[i] || pos.startsWith("VB") || pos.equals("MD") || a.index.get(i).text().equals(":")) {
                return false;
            }
        }
        return true;
    }

    /** The person subject of the quotation's sentence and the verb after it, when the quotation follows them. */
    private Frame subjectFrame(int open, int sOpen) {
        int[] subject = finder.subject(a.firstToken(sOpen), open);
        if (subject == null) {
            return null;
        }
        for (int v = subject[1] + 1; v < open; v++) {
            String lemma = a.index.get(v).lemma().toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("be") || lemma.equals("have") || lemma.equals("do")) {
                continue;
            }
            if (a.index.get(v).pos().startsWith("VB")) {
                return new Frame(subject[0], subject[1], v, v, false, false, sOpen);
            }
        }
        return null;
    }

    /**
     * A sentence ending in a colon that introduces the quotation after it ("Cruz continued:", "Cruz called
     * them on it:"): its frame, or else its first named person or organisation, or pronoun, as the speaker.
     */
    private Frame leadIn(int sentence) {
        int last = a.lastToken(sentence);
        if (!a.index.get(last).text().equals(":")) {
            return null;
        }
        List<Frame> inSentence = frames.get(sentence);
        if (!inSentence.isEmpty()) {
            return inSentence.get(inSentence.size() - 1);
        }
        for (int i = a.firstToken(sentence); i < last; i++) {
            String ner = a.index.get(i).ner();
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                int end = i;
                while (end + 1 < last && a.index.get(end + 1).ner().equals(ner)) {
                    end++;
                }
                return new Frame(i, end, last, last, false, false, sentence);
            }
            if (a.index.get(i).pos().equals("PRP") && FrameFinder.isSpeakerPronoun(a.index.get(i).text())) {
                return new Frame(i, i, last, last, false, false, sentence);
            }
        }
        return null;
    }

    /** Nothing but the frame, punctuation, or a colon-led lead-in before the opening mark. */
    private boolean cleanBefore(int open, int sOpen, Frame frame) {
        if (open - 1 >= a.firstToken(sOpen) && a.index.get(open - 1).text().equals(":")) {
            return true;
        }
        if (frame != null && frame.last() < open && open - 1 > frame.last() && a.index.get(open - 1).text().equals(",")
                && open - 1 - frame.last() <= 4 && noVerb(frame.last() + 1, open - 1)) {
            return true; // "telling them, “…”": the cue's listener, then the quotation
        }
        int from = frame != null && frame.last() < open ? frame.last() + 1 : a.firstToken(sOpen);
        for (int i = from; i < open; i++) {
            if (a.isWord(i) && !a.quoted[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean noVerb(int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.index.get(i).pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but punctuation between the closing mark and the frame after it or the sentence's end. */
    private boolean cleanAfter(int close, int sClose, Frame frame, boolean closed) {
        if (!closed) {
            return true;
        }
        int to = frame != null && frame.first() > close ? frame.first() : a.lastToken(sClose) + 1;
        for (int i = close + 1; i < to; i++) {
            if (a.isWord(i) && !a.quoted[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quoted words end in "!" or "?", which may close a quote and not its sentence. */
    private static boolean endsInExclamation(String text, Span inner) {
        int e = inner.end();
        while (e > inner.begin() && "\"'\u201d\u2019 ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > inner.begin() && (text.charAt(e - 1) == '!' || text.charAt(e - 1) == '?');
    }

    /** The quoted words without surrounding spaces and trailing commas; {@code null} when nothing is left. */
    private static Span trim(String text, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        for (int i = b; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return new Span(b, e);
            }
        }
        return null;
    }
}

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

    private final Attribution a;
    private final List<List<Frame>> frames;

    DirectQuotes(Attribution attribution, List<List<Frame>> frames) {
        this.a = attribution;
        this.frames = frames;
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
            Frame frame = choose(open, close, sOpen, sClose);
            boolean whole = Character.isLowerCase(text.charAt(inner.begin())) ? false
                    : cleanBefore(open, sOpen, frame) && cleanAfter(close, sClose, frame, q.closed());
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

    private Frame choose(int open, int close, int sOpen, int sClose) {
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
        Frame before = null;
        for (Frame f : frames.get(sOpen)) {
            if (f.last() < open) {
                before = f;
            }
        }
        return before != null ? before : laterInSentence;
    }

    /** Nothing but the frame, punctuation, or a colon-led lead-in before the opening mark. */
    private boolean cleanBefore(int open, int sOpen, Frame frame) {
        if (open - 1 >= a.firstToken(sOpen) && a.index.get(open - 1).text().equals(":")) {
            return true;
        }
        int from = frame != null && frame.last() < open ? frame.last() + 1 : a.firstToken(sOpen);
        for (int i = from; i < open; i++) {
            if (a.isWord(i) && !a.quoted[i]) {
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

package org.storyline.core.quotes;

import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.nlp.Quotation;
import org.storyline.core.nlp.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributes quotations to frames, the frame chosen by {@link FrameChoice}. A quotation is direct when it
 * stands as a whole utterance (nothing but the frame and punctuation around it, not starting in lower case)
 * and partial otherwise. A whole quotation with no frame continues the speaker of the previous attributed
 * quotation, or of reported speech after it ("X said that …"), in the same or the previous paragraph,
 * unless a colon introduces it ("From the report: “…”").
 * A capitalised quotation inside a sentence is a title, not someone's words, unless its cue opens it or
 * the sentence is a headline; a share of a surveyed group ("75 percent of Democrats said") takes none.
 * Quotations that one frame attributes on the same side of it in one sentence ("called him a “loser” and
 * a “liar”") are one quote: one cue has one content, and its text then holds the marks between the pieces.
 */
final class DirectQuotes {

    private static final Set<String> SHARES = WordList.lowerCaseSet(DirectQuotes.class, "survey-shares.txt");

    private final Attribution a;
    private final List<List<Frame>> frames;
    private final FrameChoice choice;

    DirectQuotes(Attribution attribution, List<List<Frame>> frames, FrameFinder finder) {
        this.a = attribution;
        this.frames = frames;
        this.choice = new FrameChoice(attribution, frames, finder);
    }

    /** Whether the frame's words belong to another frame of its sentence: see {@link FrameChoice#placeInsideReport}. */
    boolean insideReport(Frame f) {
        return choice.placeInsideReport(f);
    }

    List<Quote> attribute(List<Quotation> quotations, Set<Frame> used) {
        List<Quote> out = new ArrayList<>();
        String text = a.annotated.text();
        Speaker lastSpeaker = null;
        int lastParagraph = -10;
        String lastCue = null;
        int lastClose = -1;
        Frame lastFrame = null;
        int lastSentence = -1;
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
            Frame frame = choice.of(open, close, sOpen, sClose, endsInExclamation(text, inner));
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
                QuoteKind kind = whole ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                if (frame.equals(lastFrame) && sOpen == lastSentence && sameSide(frame, lastClose, open)
                        && noNewClause(lastClose + 1, open)) {
                    // "called him a “loser,” a “liar” and a “whiner”": one cue, one content, its pieces in marks
                    Quote previous = out.remove(out.size() - 1);
                    inner = new Span(previous.span().begin(), inner.end());
                    kind = previous.kind() == QuoteKind.DIRECT && whole ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                }
                out.add(new Quote(kind, inner.of(text), inner, speaker, a.cue(frame), frame.sentence()));
                lastFrame = frame;
                lastSentence = sClose;
                lastSpeaker = speaker;
                lastCue = a.cue(frame);
                lastParagraph = a.index.sentenceAt(close).paragraph();
            } else if (whole) {
                Frame reported = latestFrame(sOpen, paragraph - 1, lastClose);
                if (reported != null) {
                    lastSpeaker = a.speaker(reported);
                    lastCue = a.cue(reported);
                    lastParagraph = a.index.sentenceAt(reported.last()).paragraph();
                }
                if (lastSpeaker != null && paragraph - lastParagraph <= 1 && !afterColon(open)) {
                    out.add(new Quote(QuoteKind.DIRECT, inner.of(text), inner, lastSpeaker, lastCue, sOpen));
                    lastParagraph = a.index.sentenceAt(close).paragraph();
                    lastFrame = null;
                }
            }
            lastClose = close;
        }
        return out;
    }

    /**
     * Whether a colon introduces the quotation ("- Philip Bump: “…”", "From the report: “…”"): a lead-in
     * with no frame names a new source, so the quotation does not carry on the last speaker.
     */
    private boolean afterColon(int open) {
        return open > 0 && a.index.get(open - 1).text().equals(":");
    }

    /** Whether two quotations, the first closing at token {@code close}, lie on the same side of the frame. */
    private static boolean sameSide(Frame frame, int close, int open) {
        return close < open && (close > frame.last() || open < frame.first());
    }

    /**
     * The last frame of reported speech before sentence {@code sentence}, from paragraph {@code paragraph}
     * on and after token {@code after}: "X said that …" ahead of a quotation-only paragraph makes X its speaker.
     */
    private Frame latestFrame(int sentence, int paragraph, int after) {
        for (int s = sentence - 1; s >= 0 && a.index.sentenceAt(a.firstToken(s)).paragraph() >= paragraph; s--) {
            List<Frame> inSentence = frames.get(s);
            for (int k = inSentence.size() - 1; k >= 0; k--) {
                Frame f = inSentence.get(k);
                if (f.first() > after && !surveyShare(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Whether the speaker phrase is a share of a surveyed group ("72 percent of Democrats", "a majority of voters"). */
    private boolean surveyShare(Frame f) {
        boolean share = false;
        boolean counted = false;
        for (int i = f.speakerFirst(); i <= f.speakerLast(); i++) {
            var t = a.index.get(i);
            share |= SHARES.contains(t.text().toLowerCase(Locale.ROOT));
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

    /** No cue and no participle between two quotations ("a “faker” and questioning how he has “…”"). */
    private boolean noNewClause(int from, int to) {
        for (int i = from; i < to; i++) {
            if (FrameFinder.isCue(a.index.get(i)) || a.index.get(i).pos().equals("VBG")) {
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
        if (!closed || endsSentence(close)) {
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

    /**
     * Whether the quoted words end their sentence (". ! ?" before the closing mark) and a capitalised word
     * follows: in "\"… at the state level.\" It's unclear …" the splitter hands the closing mark to the next
     * sentence, whose words are no part of the quotation's.
     */
    private boolean endsSentence(int close) {
        if (close < 1 || close + 1 >= a.index.size()) {
            return false;
        }
        String end = a.index.get(close - 1).text();
        String next = a.index.get(close + 1).text();
        return (end.equals(".") || end.equals("!") || end.equals("?")) && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
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

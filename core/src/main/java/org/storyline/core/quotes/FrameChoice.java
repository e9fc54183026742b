package org.storyline.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Which frame a quotation takes. The frame right after its closing mark ("“…,” he said"), else a name and any
 * verb right after a closing comma ("“…,” Trump barked"), else a bare frame opening the next sentence
 * ("“….” Trump said Wednesday."), else the nearest frame before it in its sentence ("X said: “…”", "said
 * there was “…”"), else a frame later in its last sentence, else a lead-in sentence ending in a colon, else
 * the subject of its sentence and the verb after it ("X thanked him for “…”"), else the name before a colon
 * that opens it ("pollster X: “…”").
 */
final class FrameChoice {


    private final Attribution a;
    private final List<List<Frame>> frames;
    private final FrameFinder finder;

    FrameChoice(Attribution attribution, List<List<Frame>> frames, FrameFinder finder) {
        this.a = attribution;
        this.frames = frames;
        this.finder = finder;
    }

    Frame of(int open, int close, int sOpen, int sClose, boolean exclamation) {
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
        Frame listed = dashedName(open, sOpen);
        if (listed != null) {
            return listed;
        }
        Frame before = null;
        for (Frame f : frames.get(sOpen)) {
            if (f.last() < open && (before == null || says(f) || !says(before))) {
                before = f;
            }
        }
        before = before == null ? null : reporter(before, sOpen);
        if (before != null || laterInSentence != null) {
            return before != null ? before : laterInSentence;
        }
        if (sOpen > 0 && open == a.firstToken(sOpen)) {
            return leadIn(sOpen - 1);
        }
        Frame subject = subjectFrame(open, sOpen);
        return subject != null ? subject : colonAfterName(open, sOpen);
    }

    /**
     * "“Go back to Univision,” Trump barked", "“This is fantastic!” beamed Donald Hartley": a quotation
     * that ends in a comma, "!" or "?" inside its marks, right followed by a name or pronoun and a verb
     * in the past or present (either order), is that person's words whatever the verb.
     */
    private Frame speakerVerbAfter(int close, int sentence) {
        boolean broken = close == a.lastToken(sentence) && sentence + 1 < frames.size()
                && a.firstToken(sentence + 1) == close + 1
                && a.index.sentenceAt(close + 1).paragraph() == a.index.sentenceAt(close).paragraph();
        if (broken) {
            sentence++; // "“This is fantastic!” beamed X": the tokenizer ends the sentence at "!”"
        }
        IntPredicate verb = broken ? this::isMainVerb : this::isFiniteVerb;
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
            return v <= last && verb.test(v) ? new Frame(i, name, v, cueEnd(v, last), false, false, sentence) : null;
        }
        name = verb.test(i) ? nameEnd(i + 1, last) : -1;
        return name >= 0 ? new Frame(i + 1, name, i, i, true, false, sentence) : null;
    }

    /**
     * The last token of the cue that starts with the verb at {@code v}: past an auxiliary to its participle
     * and on through "as saying" ("was quoted as saying", "has said"), so the cue reads as the text has it.
     */
    private int cueEnd(int v, int last) {
        int end = v;
        String lemma = a.index.get(v).lemma().toLowerCase(Locale.ROOT);
        if ((lemma.equals("be") || lemma.equals("have")) && v + 1 <= last && !a.quoted[v + 1]
                && (a.index.get(v + 1).pos().equals("VBN") || a.index.get(v + 1).pos().equals("VBG"))) {
            end = v + 1;
        }
        if (end + 2 <= last && !a.quoted[end + 2] && a.index.get(end + 1).text().equalsIgnoreCase("as")
                && a.index.get(end + 2).pos().equals("VBG")) {
            end += 2;
        }
        return end;
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

    /**
     * A finite verb that is no auxiliary: after a sentence break, "“…?” I had prepared" narrates and
     * "“…?” Is X …" asks.
     */
    private boolean isMainVerb(int i) {
        String lemma = a.index.get(i).lemma().toLowerCase(Locale.ROOT);
        return isFiniteVerb(i) && !lemma.equals("be") && !lemma.equals("have") && !lemma.equals("do");
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

    /**
     * "… doesn't surprise pollster Daron Shaw: “…”", "Rep. Trey Gowdy (R-S.C.): “…”": a quotation right after
     * a colon is the words of the person or organisation named last before it in the sentence.
     */
    private Frame colonAfterName(int open, int sOpen) {
        int colon = open - 1;
        if (colon <= a.firstToken(sOpen) || !a.index.get(colon).text().equals(":")) {
            return null;
        }
        for (int i = colon - 1; i >= a.firstToken(sOpen) && !a.quoted[i]; i--) {
            String ner = a.index.get(i).ner();
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
                int start = i;
                while (start - 1 >= a.firstToken(sOpen) && a.index.get(start - 1).ner().equals(ner)) {
                    start--;
                }
                return new Frame(start, i, colon, colon, false, false, sOpen);
            }
        }
        return null;
    }

    /**
     * "POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “…”": in a roundup, a name set off by a
     * dash (or opening the sentence) right before the colon that opens the quotation is its source, whatever
     * verb the item's headline has.
     */
    private Frame dashedName(int open, int sOpen) {
        int colon = open - 1;
        int first = a.firstToken(sOpen);
        if (colon <= first || !a.index.get(colon).text().equals(":")) {
            return null;
        }
        int start = colon;
        while (start - 1 >= first && !a.quoted[start - 1] && (isName(start - 1)
                || start - 1 < colon - 1 && a.index.get(start - 1).text().equalsIgnoreCase("and") && isName(start - 2))) {
            start--;
        }
        if (start == colon || !isName(colon - 1)) {
            return null;
        }
        String dash = start > first ? a.index.get(start - 1).text() : "";
        boolean set = start == first || dash.equals("-") || dash.equals("--") || dash.equals("\u2014") || dash.equals("\u2013");
        return set ? new Frame(start, colon - 1, colon, colon, false, false, sOpen) : null;
    }

    private boolean isName(int i) {
        if (i < 0) {
            return false;
        }
        String ner = a.index.get(i).ner();
        return ner.equals("PERSON") || ner.equals("ORGANIZATION");
    }

    /** The person subject of the quotation's sentence and the verb after it, when the quotation follows them. */
    private Frame subjectFrame(int open, int sOpen) {
        int[] subject = finder.subject(a.bodyToken(sOpen), open);
        if (subject == null || !canSpeak(subject[1])) {
            return null;
        }
        for (int v = subject[1] + 1; v < open; v++) {
            String lemma = a.index.get(v).lemma().toLowerCase(Locale.ROOT);
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
     * Whether the subject's head can say something with a verb that is no cue: a name, a pronoun, a plural
     * (mostly people: "organizers", "critics"), or a singular common noun for a person, an institution or a
     * document ({@link SpeakerNouns}); "The overdose problem remains “a crisis”" quotes no one.
     */
    private boolean canSpeak(int head) {
        var t = a.index.get(head);
        return !t.pos().equals("NN") || !t.ner().equals("O") || isNameLike(head) || SpeakerNouns.isPeople(t)
                || SpeakerNouns.isDocument(t);
    }

    /**
     * Whether the frame's speaker phrase can say something: "Ryan said protests demand that all engage in
     * “…”" and "Bush said history has shown the need for a “…”" nest a frame whose subject is an event or an
     * abstract noun inside the speaker's own; the nearer frame gives way to an earlier one that names a speaker.
     */
    private boolean says(Frame f) {
        var head = a.index.get(f.speakerLast());
        return !SpeakerNouns.isCommonNoun(head) || !head.ner().equals("O") || isNameLike(f.speakerLast())
                || SpeakerNouns.isPeople(head) || SpeakerNouns.isDocument(head);
    }

    /**
     * The outermost frame whose reported clause holds {@code f}: in "Trump said (that) Clinton once described
     * the pact as “the gold standard”" or "She said she recalls the colleague being “confused”" the quoted
     * words are part of what the first speaker says. A comma, colon, conjunction or bracket between the
     * frames ends the clause ("X said, and Y called it …").
     */
    private Frame reporter(Frame f, int sentence) {
        Frame outer = f;
        List<Frame> inSentence = frames.get(sentence);
        for (int k = inSentence.indexOf(f) - 1; k >= 0; k--) {
            Frame e = inSentence.get(k);
            if (e.inverted() || e.participle() || e.last() >= outer.first() || !says(e)
                    || !a.index.get(e.cueLast()).pos().startsWith("VB") || !clauseBetween(e.last(), outer.first())) {
                break;
            }
            outer = e;
        }
        return outer;
    }

    /**
     * Whether the frame is a place's inside another speaker's reported clause: in "the mayor said Lindmoor
     * would still ask the company to pay" the town's request is the mayor's words, already his quote.
     */
    boolean placeInsideReport(Frame f) {
        return a.isPlace(a.speaker(f)) && reporter(f, f.sentence()) != f;
    }

    private boolean clauseBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String pos = a.index.get(i).pos();
            if (a.quoted[i] || !a.isWord(i) || pos.equals("CC") || pos.equals("WP")
                    || pos.equals("WDT") && !a.index.get(i).text().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }

    /** A word the tagger took for a common noun that is written as a name ("Politifact ruled", "PENCE:"). */
    private boolean isNameLike(int i) {
        String w = a.index.get(i).text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
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
        for (int i = a.bodyToken(sentence); i < last; i++) {
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
}

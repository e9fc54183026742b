package org.storyline.core.quotes;

import org.storyline.core.model.Sentence;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;
import org.storyline.core.nlp.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attribution frames in a sentence, outside quotation marks: a cue verb from {@code cue-verbs.txt}
 * with the noun phrase before it ("the minister said", "officials have warned"), after it when inverted
 * (", said Stoltenberg"), "according to X", and participles that carry on an earlier frame's speaker
 * (", adding that"). Passives ("was told") are not frames: their subject is the listener.
 */
final class FrameFinder {

    private static final Set<String> CUES = WordList.lowerCaseSet(FrameFinder.class, "cue-verbs.txt");
    private static final Set<String> PRONOUNS = WordList.lowerCaseSet(FrameFinder.class, "speaker-pronouns.txt");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "CD",
            "DT", "PRP$", "POS", "HYPH", "VBN");
    private static final int MAX_SPEAKER_TOKENS = 10;

    private final TokenIndex index;
    private final boolean[] quoted;

    FrameFinder(TokenIndex index, boolean[] quoted) {
        this.index = index;
        this.quoted = quoted;
    }

    List<Frame> in(Sentence sentence, int first, int last) {
        List<Frame> frames = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (quoted[i]) {
                continue;
            }
            Token t = index.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("according") && i + 1 <= last && index.get(i + 1).text().equalsIgnoreCase("to")) {
                int end = nounPhraseForward(i + 2, last);
                if (end >= 0) {
                    frames.add(new Frame(i + 2, end, i, i + 1, true, false, sentence.index()));
                }
                continue;
            }
            if (!t.pos().startsWith("VB") || !CUES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Frame f = frame(i, first, last, sentence.index(), frames);
            if (f != null) {
                frames.add(f);
            }
        }
        return frames;
    }

    private Frame frame(int cue, int first, int last, int sentence, List<Frame> earlier) {
        int j = cue - 1;
        boolean passive = index.get(cue).pos().equals("VBN");
        while (j >= first && !quoted[j] && isAuxiliaryOrAdverb(index.get(j))) {
            if (passive && index.get(j).lemma().equalsIgnoreCase("be")) {
                return null;
            }
            j--;
        }
        if (index.get(cue).pos().equals("VBG") && j == cue - 1) {
            if (j >= first && index.get(j).text().equals(",") && !earlier.isEmpty()) {
                Frame main = earlier.get(earlier.size() - 1);
                return new Frame(main.speakerFirst(), main.speakerLast(), cue, cue, main.inverted(), true, sentence);
            }
            return null;
        }
        int start = j >= first && !quoted[j] ? nounPhraseBackward(j, first) : -1;
        if (start >= 0) {
            return new Frame(start, j, cue, cue, false, false, sentence);
        }
        boolean afterBreak = j < first || quoted[j] || index.get(j).text().equals(",");
        if (afterBreak && cue + 1 <= last) {
            int end = nounPhraseForward(cue + 1, last);
            if (end >= 0) {
                return new Frame(cue + 1, end, cue, cue, true, false, sentence);
            }
        }
        return null;
    }

    /** Start of the speaker phrase ending at token {@code end}, or -1 when it is none. */
    private int nounPhraseBackward(int end, int first) {
        Token head = index.get(end);
        String lower = head.text().toLowerCase(Locale.ROOT);
        if (head.pos().startsWith("PRP")) {
            return PRONOUNS.contains(lower) ? end : -1;
        }
        if (!head.pos().startsWith("NN")) {
            return -1;
        }
        int start = end;
        while (start - 1 >= first && !quoted[start - 1] && end - start < MAX_SPEAKER_TOKENS) {
            Token t = index.get(start - 1);
            if (NOUN_PHRASE_TAGS.contains(t.pos()) || t.text().equalsIgnoreCase("of") && start - 2 >= first
                    && index.get(start - 2).pos().startsWith("NN")) {
                start--;
                if (t.pos().equals("DT")) {
                    break;
                }
            } else {
                break;
            }
        }
        return start;
    }

    /** End of the speaker phrase starting at token {@code begin}, or -1 when it is none. */
    private int nounPhraseForward(int begin, int last) {
        if (begin > last || quoted[begin]) {
            return -1;
        }
        Token t0 = index.get(begin);
        if (t0.pos().startsWith("PRP")) {
            return PRONOUNS.contains(t0.text().toLowerCase(Locale.ROOT)) ? begin : -1;
        }
        int end = begin - 1;
        int lastNoun = -1;
        while (end + 1 <= last && !quoted[end + 1] && end + 1 - begin < MAX_SPEAKER_TOKENS) {
            Token t = index.get(end + 1);
            if (NOUN_PHRASE_TAGS.contains(t.pos()) || t.text().equalsIgnoreCase("of") && lastNoun == end) {
                end++;
                if (t.pos().startsWith("NN")) {
                    lastNoun = end;
                }
            } else {
                break;
            }
        }
        return lastNoun;
    }

    private static boolean isAuxiliaryOrAdverb(Token t) {
        String pos = t.pos();
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return pos.equals("RB") || pos.equals("MD") || pos.startsWith("VB") && (lemma.equals("have")
                || lemma.equals("be") || lemma.equals("do"));
    }
}

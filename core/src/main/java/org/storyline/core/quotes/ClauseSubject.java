package org.storyline.core.quotes;

import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;

import java.util.Set;

/**
 * The subject of a clause, for quotations and participles whose verb is no cue ("Trump went after Bush,
 * calling him “a total stiff”", "Bush referred to Rubio as “…”"): the first named person or organisation,
 * or speaker pronoun, or a capitalised name CoreNLP left untyped ("Bush, Florida's former governor,
 * also attacked …"), or the noun phrase right before the clause's verb ("The billionaire businessman
 * began …"). A phrase that opens the sentence and ends at a comma ("Speaking at a town hall in Salem, …",
 * "In an interview on Thursday, …", ", which …,") is passed over: the subject follows it.
 */
final class ClauseSubject {

    private static final Set<String> OPENERS = Set.of("IN", "TO", "VBG", "VBN", "WDT", "WP", "WRB");
    private static final Set<String> NOUN_PHRASE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT",
            "PRP$", "CD", "POS", "HYPH");
    private static final int MAX_PHRASE = 10;

    private final TokenIndex index;
    private final boolean[] quoted;

    ClauseSubject(TokenIndex index, boolean[] quoted) {
        this.index = index;
        this.quoted = quoted;
    }

    /** The subject's first and last token within {@code [first, before)}, or {@code null}. */
    int[] of(int first, int before) {
        if (first < before && opens(first)) {
            int comma = nextComma(first, before);
            if (comma >= 0) {
                int[] after = of(comma + 1, before);
                if (after != null) {
                    return after;
                }
            }
        }
        return scan(first, before, first >= before || !opens(first));
    }

    private int[] scan(int first, int before, boolean nounPhrase) {
        int start = -1;
        int head = -1;
        int ofHead = -1;
        for (int i = first; i < before; i++) {
            if (quoted[i]) {
                return null;
            }
            Token t = index.get(i);
            String pos = t.pos();
            if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
                int[] name = run(i, before, t.ner());
                if (ofHead >= 0 && !SpeakerNouns.isDocument(index.get(ofHead))) {
                    return new int[] {start, name[1]}; // "The wife of (former dictator) X": the wife speaks, not X
                }
                return relationOf(name, before);
            }
            if (pos.equals("PRP") && FrameFinder.isSpeakerPronoun(t.text())) {
                return new int[] {i, i};
            }
            if (pos.startsWith("NNP") && t.ner().equals("O") && Character.isUpperCase(t.text().charAt(0))) {
                return untyped(i, before);
            }
            if (pos.startsWith("VB") || pos.equals("MD")) {
                // "… investors in Southeast Asia on Monday applauded …": a day is no subject
                boolean phrase = nounPhrase && head >= 0 && head - start < MAX_PHRASE
                        && !FrameFinder.isTime(index.get(head));
                return phrase ? new int[] {start, head} : null;
            }
            if (NOUN_PHRASE.contains(pos) || t.text().equalsIgnoreCase("of") && head == i - 1) {
                if (ofHead < 0 && head == i - 1 && t.text().equalsIgnoreCase("of") && isCommonNoun(head)) {
                    ofHead = head;
                }
                start = start < 0 ? i : start;
                head = pos.startsWith("NN") ? i : head;
            } else if (!(pos.equals("RB") && head == i - 1)) {
                start = -1;
                head = -1;
                ofHead = -1;
            }
        }
        return null;
    }

    /**
     * A capitalised word CoreNLP gave no type: the person or organisation later in the same noun phrase
     * when there is one ("Former Secretary of State Hillary Clinton", "Presidential hopeful Sen. Ted Cruz"),
     * else its run of proper nouns ("Bush").
     */
    private int[] untyped(int i, int before) {
        for (int k = i + 1; k < before && !quoted[k] && k - i < MAX_PHRASE; k++) {
            Token t = index.get(k);
            if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
                return run(k, before, t.ner());
            }
            if (!NOUN_PHRASE.contains(t.pos()) && !t.text().equalsIgnoreCase("of")) {
                break;
            }
        }
        int end = i;
        while (end + 1 < before && !quoted[end + 1] && index.get(end + 1).pos().startsWith("NNP")) {
            end++;
        }
        return new int[] {i, end};
    }

    /**
     * "X's son, Hugo, said": the subject is the person or group the name owns ("X's son", "X's council")
     * or the name set in apposition to it ("Hugo"), not the owner; a name with no possessive after it, or
     * one that owns words or a document ("X's remarks", "X's statement"), is itself the subject.
     */
    private int[] relationOf(int[] name, int before) {
        int h = name[1] + 1;
        if (h + 1 >= before || quoted[h] || !index.get(h).pos().equals("POS") || !isCommonNoun(h + 1)) {
            return name;
        }
        h++;
        while (h + 1 < before && !quoted[h + 1] && isCommonNoun(h + 1)) {
            h++;
        }
        if (!SpeakerNouns.isPeople(index.get(h))) {
            return name; // "X's statement", "X's attacks": X's own words
        }
        if (h + 2 < before && index.get(h + 1).text().equals(",") && index.get(h + 2).pos().startsWith("NNP")) {
            int end = h + 2;
            while (end + 1 < before && !quoted[end + 1] && index.get(end + 1).pos().startsWith("NNP")) {
                end++;
            }
            return new int[] {h + 2, end};
        }
        return new int[] {name[0], h};
    }

    private boolean isCommonNoun(int i) {
        return SpeakerNouns.isCommonNoun(index.get(i));
    }

    private int[] run(int i, int before, String ner) {
        int end = i;
        while (end + 1 < before && index.get(end + 1).ner().equals(ner)) {
            end++;
        }
        return new int[] {i, end};
    }

    /** Whether the clause opens with a phrase that is not its subject ("Speaking …,", "In …,", "Also,"). */
    private boolean opens(int i) {
        Token t = index.get(i);
        return !quoted[i] && (OPENERS.contains(t.pos()) && !t.text().equalsIgnoreCase("that")
                || t.pos().equals("RB") && i + 1 < index.size() && index.get(i + 1).text().equals(","));
    }

    private int nextComma(int from, int before) {
        for (int i = from + 1; i < before; i++) {
            if (quoted[i]) {
                return -1;
            }
            if (index.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }
}

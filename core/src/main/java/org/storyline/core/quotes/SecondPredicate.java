package org.storyline.core.quotes;

import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;

/**
 * Where what was said ends before a second verb of the speaker's: "urged the king to chair the talks, but
 * disagreed on …", "said the harbour would reopen and asked the council …". A finite verb joined by "and"
 * or "but" cannot go on content whose verb is an infinitive or follows a modal, so it goes on the speaker's
 * clause; after a finite verb of the content's own ("said she was tired and wanted to rest") it may go on
 * either, and the content is left whole.
 */
final class SecondPredicate {

    private final TokenIndex index;
    private final boolean[] quoted;

    SecondPredicate(TokenIndex index, boolean[] quoted) {
        this.index = index;
        this.quoted = quoted;
    }

    /** The content's last token in {@code [first, last]}: before the speaker's second verb, or {@code last}. */
    int before(int first, int last) {
        int verb = first;
        while (verb <= last && !index.get(verb).pos().startsWith("VB") && !index.get(verb).pos().equals("MD")
                && !isInfinitiveTo(index, verb, first)) {
            verb++;
        }
        if (verb > last || !(index.get(verb).pos().equals("MD") || isInfinitiveTo(index, verb, first))) {
            return last;
        }
        for (int k = verb + 2; k < last; k++) {
            if (quoted[k]) {
                return last;
            }
            if (index.get(k).pos().equals("CC") && isSpeakersVerb(firstVerbAfter(k + 1, last), verb, k)) {
                return index.get(k - 1).text().equals(",") ? k - 2 : k - 1;
            }
        }
        return last;
    }

    private int firstVerbAfter(int i, int last) {
        while (i < last && index.get(i).pos().startsWith("RB")) {
            i++;
        }
        return i;
    }

    /**
     * Whether the verb after the conjunction is finite. The tagger reads some past tenses as participles ("but
     * disagreed"), which after "be" or "have" in the content's own verb group go on it ("would be delayed and
     * approved later").
     */
    private boolean isSpeakersVerb(int next, int verb, int conjunction) {
        String pos = index.get(next).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBN") && !auxiliaryWithin(verb, conjunction);
    }

    /**
     * Whether token {@code i} is the "to" of an infinitive: tagged so, or, as the tagger sometimes reads "urged
     * the king to chair the talks", a "to" right after the content's opening noun phrase of a few words.
     */
    static boolean isInfinitiveTo(TokenIndex index, int i, int first) {
        Token t = index.get(i);
        if (t.pos().equals("TO")) {
            return i + 1 < index.size() && index.get(i + 1).pos().startsWith("VB");
        }
        return t.text().equalsIgnoreCase("to") && i > first && i - first <= 4 && index.get(i - 1).pos().startsWith("NN")
                && i + 1 < index.size() && (index.get(i + 1).pos().startsWith("VB") || index.get(i + 1).pos().equals("NN"));
    }

    private boolean auxiliaryWithin(int from, int to) {
        for (int i = from; i < to; i++) {
            String lemma = SpeakerNouns.lemma(index.get(i));
            if (lemma.equals("be") || lemma.equals("have")) {
                return true;
            }
        }
        return false;
    }
}

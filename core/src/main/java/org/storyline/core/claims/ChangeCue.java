package org.storyline.core.claims;

import java.util.Set;

import org.storyline.core.model.ChangeDirection;

/**
 * Whether a quantity is a change and which way: "a 25% increase" and "rose 3 percent" are rises,
 * "fell by 2%" and "down 4%" falls, but "rose to 5%" is a level, not a change.
 */
final class ChangeCue {

    private static final Set<String> LEVEL_PREPOSITIONS = Set.of("to", "at");

    private final ClaimLexicon lexicon;

    ChangeCue(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    ChangeDirection of(ClaimSentence s, Quantity q, MeasuredThing thing) {
        if (thing.nounFrom() >= 0 && thing.nounFrom() == q.end()) {
            for (int j = thing.nounFrom(); j < thing.nounTo(); j++) {
                ChangeDirection d = direction(s, j);
                if (d != ChangeDirection.NONE) {
                    return d;
                }
            }
        }
        int before = q.first() - 1;
        if (LEVEL_PREPOSITIONS.contains(s.word(before))) {
            return ChangeDirection.NONE;
        }
        if (s.word(before).equals("by")) {
            before--;
        }
        return direction(s, before);
    }

    private ChangeDirection direction(ClaimSentence s, int i) {
        if (i < 0) {
            return ChangeDirection.NONE;
        }
        String word = s.word(i);
        String lemma = s.lemma(i);
        if (lexicon.increaseWords.contains(word) || lexicon.increaseWords.contains(lemma)) {
            return ChangeDirection.INCREASE;
        }
        if (lexicon.decreaseWords.contains(word) || lexicon.decreaseWords.contains(lemma)) {
            return ChangeDirection.DECREASE;
        }
        return ChangeDirection.NONE;
    }
}

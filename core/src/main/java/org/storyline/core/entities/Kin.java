package org.storyline.core.entities;

import org.storyline.core.nlp.TokenIndex;

import java.util.Locale;

/**
 * A name set in apposition to someone else's relation ("Marsden's son, Hugo", "Welby's lawyer, Ana"): the
 * named person is the owner's relative or associate, never the owner, even when they share a name.
 */
final class Kin {

    private static final int MAX_RELATION_WORDS = 3;

    private Kin() {
    }

    /**
     * The owner's word, lower-cased, when the name starting at token {@code name} follows "Owner's
     * relation," in its sentence; else {@code null}.
     */
    static String ownerBefore(TokenIndex index, int name) {
        int comma = name - 1;
        if (comma < 2 || !index.get(comma).text().equals(",") || index.sentence(comma) != index.sentence(name)) {
            return null;
        }
        int k = comma - 1;
        boolean noun = false;
        while (k > 0 && comma - k <= MAX_RELATION_WORDS && index.sentence(k) == index.sentence(name)
                && (index.get(k).pos().equals("NN") || index.get(k).pos().equals("NNS") || index.get(k).pos().equals("JJ"))) {
            noun |= index.get(k).pos().startsWith("NN");
            k--;
        }
        if (!noun || k < 1 || !index.get(k).pos().equals("POS") || index.sentence(k - 1) != index.sentence(name)) {
            return null;
        }
        return index.get(k - 1).text().toLowerCase(Locale.ROOT);
    }
}

package org.storyline.core.entities;

import org.storyline.core.nlp.WordList;

import java.util.Locale;
import java.util.Set;

/**
 * What the last word of a capitalised name says it is, whatever the tagger called it: an institution
 * ("Justice Department", "Supreme Court", "Foreign Ministry": never a person, whatever title words precede
 * the last one) or a policy, law or plan ("Ethical Foreign Policy": no entity that can speak).
 */
public final class NameHeads {

    private static final Set<String> INSTITUTIONS = WordList.lowerCaseSet(NameHeads.class, "institution-words.txt");
    private static final Set<String> CONCEPTS = WordList.lowerCaseSet(NameHeads.class, "concept-words.txt");

    private NameHeads() {
    }

    /** Whether the word names an institution ("Department", "council"), in any case. */
    public static boolean isInstitution(String lastWord) {
        return INSTITUTIONS.contains(lastWord.toLowerCase(Locale.ROOT));
    }

    static boolean isConcept(String lastWord) {
        return CONCEPTS.contains(lastWord.toLowerCase(Locale.ROOT));
    }
}

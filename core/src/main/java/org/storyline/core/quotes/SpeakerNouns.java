package org.storyline.core.quotes;

import org.storyline.core.model.Token;
import org.storyline.core.nlp.WordList;

import java.util.Locale;
import java.util.Set;

/**
 * What a common noun heading a speaker phrase names: people or an institution ({@code speaker-nouns.txt}),
 * a document ({@code document-nouns.txt}), or neither, an object or an abstract noun that says nothing.
 */
final class SpeakerNouns {

    private static final Set<String> PEOPLE = WordList.lowerCaseSet(SpeakerNouns.class, "speaker-nouns.txt");
    private static final Set<String> DOCUMENTS = WordList.lowerCaseSet(SpeakerNouns.class, "document-nouns.txt");

    private SpeakerNouns() {
    }

    static boolean isCommonNoun(Token t) {
        return t.pos().equals("NN") || t.pos().equals("NNS");
    }

    static boolean isPeople(Token t) {
        return PEOPLE.contains(lemma(t));
    }

    static boolean isDocument(Token t) {
        return DOCUMENTS.contains(lemma(t));
    }

    /** The token's lemma, or its text when it has none, lower-cased: the form the word lists hold. */
    static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}

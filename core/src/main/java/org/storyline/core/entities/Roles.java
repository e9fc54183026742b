package org.storyline.core.entities;

import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;
import org.storyline.core.nlp.WordList;

import java.util.Locale;
import java.util.Set;

/**
 * Finds a person's title beside their name: before it ("U.S. Secretary of State Antony Blinken") or in an
 * apposition after it ("Jens Stoltenberg, NATO's secretary general, said"). A title is a run of role words
 * from {@code role-words.txt}, with connectors ("of", "the") between them and names of countries or
 * organisations ("U.S.", "NATO", "Ukrainian") in front of them.
 */
public final class Roles {

    private static final Set<String> ROLE_WORDS = WordList.lowerCaseSet(Roles.class, "role-words.txt");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "-");
    /** Forms of address: part of a title run ("Mrs. Justice Holm"), no role on their own. */
    private static final Set<String> ADDRESS = Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "messrs.");

    private Roles() {
    }

    /** Whether a word is a title's word ("minister", "chief", "vice-president"), in any case. */
    public static boolean isRoleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ROLE_WORDS.contains(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (!ROLE_WORDS.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether a word is a form of address ("Mrs.", "Mr"). */
    static boolean isFormOfAddress(String word) {
        return ADDRESS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a title says what the person is: "Mrs." alone says only how to address her. */
    static boolean tellsRole(String title) {
        for (String word : title.strip().split("\\s+")) {
            if (!isFormOfAddress(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * First token of a person's name that the tagger ran into an organisation and a title before it
     * ("Civilian Airport Authority Director Nir Yarkani"): the run of two or more capitalised nouns
     * after the last title word inside the mention tokens {@code first..last}; -1 when there is none.
     */
    static int personAfterTitle(TokenIndex index, int first, int last) {
        for (int k = last - 2; k > first; k--) {
            if (isRoleWord(index.get(k).text()) && Character.isUpperCase(index.get(k).text().charAt(0))) {
                for (int j = k + 1; j <= last; j++) {
                    Token t = index.get(j);
                    // the tagger calls an unknown first name a common noun now and then ("Nir NN")
                    if (!t.pos().startsWith("NN") || isRoleWord(t.text()) || !Character.isUpperCase(t.text().charAt(0))) {
                        return -1;
                    }
                }
                return k + 1;
            }
        }
        return -1;
    }

    /** First token of the title ending just before token {@code name}, or -1 when there is none. */
    static int before(TokenIndex index, int name) {
        int sentence = index.sentence(name);
        int start = -1;
        int j = name - 1;
        while (j >= 0 && index.sentence(j) == sentence) {
            Token t = index.get(j);
            String w = t.text();
            if (isRoleWord(w)) {
                start = j;
            } else if (start >= 0 && CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && j > 0
                    && index.sentence(j - 1) == sentence && isRoleWord(index.get(j - 1).text())) {
                // a connector between two role words: "Secretary of State"
            } else if (start >= 0 && isQualifier(t)) {
                start = j;
            } else {
                break;
            }
            j--;
        }
        return start;
    }

    /**
     * Last token of an appositive title after the name ending at token {@code nameEnd} ("…, NATO's
     * secretary general,"), or -1. The title starts two tokens after the name, past the comma.
     */
    static int after(TokenIndex index, int nameEnd) {
        int comma = nameEnd + 1;
        if (comma + 1 >= index.size() || !index.get(comma).text().equals(",")
                || index.sentence(comma + 1) != index.sentence(nameEnd)) {
            return -1;
        }
        int j = comma + 1;
        int lastRole = -1;
        while (j < index.size() && index.sentence(j) == index.sentence(nameEnd)) {
            Token t = index.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (isRoleWord(t.text())) {
                lastRole = j;
            } else if (!(CONNECTORS.contains(w) || w.equals("a") || isQualifier(t) || t.pos().startsWith("NN")
                    || t.pos().startsWith("JJ") || t.pos().equals("POS") || t.pos().equals("DT"))) {
                break;
            }
            j++;
        }
        boolean closed = j < index.size() && (index.get(j).text().equals(",") || index.get(j).text().equals("."));
        return closed && lastRole == j - 1 ? lastRole : -1;
    }

    private static boolean isQualifier(Token t) {
        return !t.ner().equals("O") && !t.ner().equals("PERSON") || t.text().equals("'s") || t.text().equals("\u2019s");
    }
}

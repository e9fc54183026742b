package org.storyline.core.claims;

import java.util.Set;

/**
 * What a quantity counts or measures, read from the words around it: the noun phrase after it
 * ("1 million artillery shells"), or the phrase its unit is "in" or "for" ("several billion dollars in
 * new support"), with the verb that reports it ("delivered") and where it went ("to Ukraine").
 *
 * @param what     the measured thing as a short phrase, or {@code null}
 * @param noun     the counted noun ("shells"; lower-cased unless a proper noun: "Americans"), or {@code null}
 * @param nounFrom first token of the noun phrase (-1 when none)
 * @param nounTo   end of the noun phrase
 * @param reported whether a verb reports it ("delivered", "were killed"): a count with none is a
 *                 description ("on three sides"), not a fact
 */
record MeasuredThing(String what, String noun, int nounFrom, int nounTo, boolean reported) {

    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "is", "are", "was", "were",
            "been", "being", "has", "had", "does", "did", "'s", "'re", "'ve");
    private static final Set<String> THING_PREPOSITIONS = Set.of("in", "for", "of", "on", "worth");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "for", "from", "in", "into", "on", "against");
    private static final int VERB_REACH = 8;

    /** The thing measured by the quantity that ends at token {@code after}; {@code from} is where it starts. */
    static MeasuredThing of(ClaimSentence s, int from, int after) {
        int npFrom = after;
        int npTo = nounPhraseEnd(s, npFrom);
        if (npTo == npFrom && THING_PREPOSITIONS.contains(s.word(after))) {
            npFrom = skipDeterminers(s, after + 1);
            npTo = nounPhraseEnd(s, npFrom);
        }
        if (npTo == npFrom) {
            String verb = verbBefore(s, from);
            return new MeasuredThing(verb, null, -1, -1, verb != null);
        }
        StringBuilder what = new StringBuilder(s.words(npFrom, npTo));
        int rest = npTo;
        if (s.word(rest).equals("for") || s.word(rest).equals("of")) { // "support for Ukraine"
            int objectFrom = skipDeterminers(s, rest + 1);
            int objectEnd = nounPhraseEnd(s, objectFrom);
            if (objectEnd > objectFrom) {
                what.append(' ').append(s.words(rest, objectEnd));
                rest = objectEnd;
            }
        }
        String verb = verbBefore(s, from);
        if (verb == null) {
            verb = verbAfter(s, rest);
        }
        if (verb != null) {
            what.append(' ').append(verb);
        }
        if (PLACE_PREPOSITIONS.contains(s.word(rest)) && s.tag(rest + 1).startsWith("NNP")) {
            int placeEnd = nounPhraseEnd(s, rest + 1);
            what.append(' ').append(s.words(rest, placeEnd));
        }
        String noun = s.tag(npTo - 1).startsWith("NNP") ? s.tokens.get(npTo - 1).text() : s.word(npTo - 1);
        return new MeasuredThing(what.toString(), noun, npFrom, npTo, verb != null);
    }

    private static int skipDeterminers(ClaimSentence s, int i) {
        while (s.tag(i).equals("DT") || s.tag(i).equals("PRP$") || s.tag(i).equals("POS")) {
            i++;
        }
        return i;
    }

    /** The end of a noun phrase starting at {@code i} (adjectives and nouns, ending on a noun), or {@code i}. */
    static int nounPhraseEnd(ClaimSentence s, int i) {
        int lastNoun = i;
        for (int j = i; j < s.size(); j++) {
            String tag = s.tag(j);
            if (tag.startsWith("NN")) {
                lastNoun = j + 1;
            } else if (tag.equals("VBG") && lastNoun > i) {
                break; // a participle after the noun opens a clause: "four lines running north"
            } else if (!(tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("HYPH"))) {
                break;
            }
        }
        return lastNoun;
    }

    private static String verbBefore(ClaimSentence s, int from) {
        for (int j = from - 1; j >= Math.max(0, from - VERB_REACH); j--) {
            if (s.word(j).equals(",") || s.word(j).equals(";") || s.tag(j).equals("WDT")) {
                return null;
            }
            if (s.isVerb(j) && !AUXILIARIES.contains(s.lemma(j)) && !AUXILIARIES.contains(s.word(j))) {
                return s.tokens.get(j).text();
            }
        }
        return null;
    }

    private static String verbAfter(ClaimSentence s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 3); j++) {
            if (s.isVerb(j) && !AUXILIARIES.contains(s.lemma(j)) && !AUXILIARIES.contains(s.word(j))) {
                return s.tokens.get(j).text();
            }
            if (!s.isVerb(j) && !s.tag(j).equals("RB")) {
                return null;
            }
        }
        return null;
    }
}

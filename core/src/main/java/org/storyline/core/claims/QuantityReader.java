package org.storyline.core.claims;

import java.util.ArrayList;
import java.util.List;

/** Finds every quantity written in a sentence, in order, whether or not it will make a claim. */
final class QuantityReader {

    private final ClaimLexicon lexicon;
    private final Numerals numerals;

    QuantityReader(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.numerals = new Numerals(lexicon);
    }

    List<Quantity> read(ClaimSentence s) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Quantity q = readAt(s, i);
            if (q == null) {
                i++;
            } else {
                found.add(q);
                i = q.end();
            }
        }
        return found;
    }

    private Quantity readAt(ClaimSentence s, int start) {
        String currency = lexicon.currencySymbols.get(s.word(start));
        int number = currency == null ? start : start + 1;
        if (number >= s.size()) {
            return null;
        }
        boolean vague = false;
        double value;
        int numberEnd;
        PhraseTable.Match<Double> vagueWords = lexicon.vagueQuantities.startingAt(s.words, number);
        Numerals.Reading reading = numerals.read(s.words, s.tags, number);
        if (reading != null) {
            value = reading.value();
            numberEnd = number + reading.length();
        } else if (vagueWords != null) {
            vague = true;
            value = vagueWords.value();
            numberEnd = number + vagueWords.length();
            Double magnitude = numerals.magnitude(s.word(numberEnd));
            if (magnitude != null) { // "several billion"
                value *= magnitude;
                numberEnd++;
            } else if (!s.word(numberEnd - 1).equals("of") && currency == null) {
                return null; // "several" alone is a determiner
            }
        } else {
            return null;
        }
        String unit = currency;
        int end = numberEnd;
        PhraseTable.Match<String> unitWords = lexicon.unitWords.startingAt(s.words, numberEnd);
        int hyphen = 0;
        if (unitWords == null && s.word(numberEnd).equals("-")) { // "a 48-megawatt farm"
            unitWords = lexicon.unitWords.startingAt(s.words, numberEnd + 1);
            hyphen = 1;
        }
        if (unitWords != null) {
            unit = unit == null ? unitWords.value() : unit;
            end += hyphen + unitWords.length();
        }
        int first = start;
        PhraseTable.Match<Boolean> hedge = lexicon.hedges.endingAt(s.words, start);
        if (hedge != null) {
            first -= hedge.length();
        }
        return new Quantity(first, number, numberEnd, end, value, unit, vague || hedge != null);
    }
}

package org.storyline.core.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The word lists claims are read with, loaded once per process; immutable and shared by all threads. */
final class ClaimLexicon {

    static final ClaimLexicon INSTANCE = new ClaimLexicon();

    final PhraseTable<Boolean> hedges;
    final PhraseTable<Double> vagueQuantities;
    final Map<String, Double> numberWords;
    final Map<String, String> currencySymbols;
    final PhraseTable<String> unitWords;
    final Set<String> increaseWords;
    final Set<String> decreaseWords;
    final Set<String> timeUnits;

    private ClaimLexicon() {
        Map<String, Boolean> hedgeMap = new HashMap<>();
        WordList.entries("hedges.txt").forEach(h -> hedgeMap.put(h, Boolean.TRUE));
        hedges = new PhraseTable<>(hedgeMap);
        vagueQuantities = new PhraseTable<>(numbers(WordList.pairs("vague-quantities.txt")));
        numberWords = Map.copyOf(numbers(WordList.pairs("number-words.txt")));
        Map<String, String> symbols = new HashMap<>(WordList.pairs("currency-symbols.txt"));
        currencySymbols = Map.copyOf(symbols);
        unitWords = new PhraseTable<>(WordList.pairs("unit-words.txt"));
        increaseWords = Set.copyOf(new HashSet<>(WordList.entries("increase-words.txt")));
        decreaseWords = Set.copyOf(new HashSet<>(WordList.entries("decrease-words.txt")));
        timeUnits = Set.copyOf(new HashSet<>(WordList.entries("time-units.txt")));
    }

    private static Map<String, Double> numbers(Map<String, String> pairs) {
        Map<String, Double> numbers = new HashMap<>();
        pairs.forEach((word, value) -> numbers.put(word, Double.valueOf(value)));
        return numbers;
    }

    /** Whether the word multiplies what precedes it rather than adding to it. */
    static boolean isMagnitude(double value) {
        return value >= 100 && value != 12;
    }
}

package org.storyline.core.story;

import java.util.Set;
import org.storyline.core.extract.RuleFile;

/** The word lists of this package ({@link RuleFile}'s format, lower-case entries), each loaded once. */
final class WordList {

    static final Set<String> STOPWORDS = load("stopwords.txt");
    static final Set<String> NEGATIONS = load("negations.txt");
    static final Set<String> PRONOUNS = load("pronouns.txt");

    private WordList() {
    }

    /** Whether a lower-cased word negates: a word of {@code negations.txt} or a contraction ending in "n't". */
    static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n\u2019t");
    }

    static Set<String> load(String name) {
        return Set.copyOf(RuleFile.lines(WordList.class, name));
    }
}

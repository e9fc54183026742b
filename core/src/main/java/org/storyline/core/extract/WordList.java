package org.storyline.core.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A word list resource of this package, in {@link RuleFile}'s format, with its entries lower-cased. */
final class WordList {

    private WordList() {
    }

    /** Reads the resource; a missing resource is a packaging bug, so it throws. */
    static Set<String> load(String resource) {
        var words = new LinkedHashSet<String>();
        for (String word : RuleFile.lines(resource)) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}

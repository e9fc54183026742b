package org.storyline.core.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.core.extract.RuleFile;

/**
 * Reads the word lists of this package: one entry a line, {@code #} starts a comment, blank lines are
 * skipped, entries are lower-cased. A missing list is a packaging bug, so it throws.
 */
final class WordList {

    private WordList() {
    }

    static List<String> entries(String name) {
        return lines(name).stream().map(line -> line.toLowerCase(Locale.ROOT)).toList();
    }

    /** Entries written as {@code key<TAB>value}, in file order; keys lower-cased, values as written. */
    static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : lines(name)) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(name + ": no tab in \"" + entry + "\"");
            }
            pairs.put(entry.substring(0, tab).strip().toLowerCase(Locale.ROOT), entry.substring(tab + 1).strip());
        }
        return pairs;
    }

    private static List<String> lines(String name) {
        return RuleFile.lines(WordList.class, name);
    }
}

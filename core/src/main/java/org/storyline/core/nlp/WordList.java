package org.storyline.core.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.core.extract.RuleFile;

/**
 * A word list resource: one entry a line, lines starting with {@code #} document the list, blank lines
 * are skipped. Later stages keep their rules (cue verbs, role words, pronouns) in such files so their code
 * stays generic. A missing resource is a packaging bug, hence unchecked.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of {@code resource} (relative to {@code owner}'s package), trimmed, in file order. */
    public static List<String> lines(Class<?> owner, String resource) {
        return RuleFile.lines(owner, resource);
    }

    /** The entries of {@code resource}, lower-cased, as a set. */
    public static Set<String> lowerCaseSet(Class<?> owner, String resource) {
        return Set.copyOf(lines(owner, resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}

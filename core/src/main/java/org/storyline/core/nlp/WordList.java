package org.storyline.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code resource}, lower-cased, as a set. */
    public static Set<String> lowerCaseSet(Class<?> owner, String resource) {
        return Set.copyOf(lines(owner, resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}

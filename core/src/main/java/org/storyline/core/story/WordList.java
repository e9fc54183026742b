package org.storyline.core.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A word list resource of this package: one lower-case entry a line, '#' comments. Loaded once per list. */
final class WordList {

    static final Set<String> STOPWORDS = load("stopwords.txt");
    static final Set<String> NEGATIONS = load("negations.txt");
    static final Set<String> PRONOUNS = load("pronouns.txt");

    private WordList() {
    }

    static Set<String> load(String name) {
        var in = WordList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                var word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

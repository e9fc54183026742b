package org.storyline.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stemming ROUGE-1.5.5 applies with {@code -m} (its {@code MorphStem}): a word of three characters or
 * fewer is left as written; a longer one is first mapped through WordNet's exception lists (irregular
 * forms: "said" to "say", "children" to "child") and then Porter-stemmed. Lucene's {@link PorterStemFilter}
 * is Porter's original algorithm, as ROUGE's is. The exception lists are read from a WordNet dictionary
 * folder ({@code adj.exc}, {@code adv.exc}, {@code noun.exc}, {@code verb.exc}; Debian's
 * {@code wordnet-base} puts them in {@link #WORDNET}). Not thread-safe: one instance per thread.
 */
final class RougePorter {

    static final Path WORDNET = Path.of("/usr/share/wordnet");
    private static final String[] LISTS = {"adj.exc", "adv.exc", "noun.exc", "verb.exc"};

    private final KeywordTokenizer tokenizer = new KeywordTokenizer();
    private final PorterStemFilter filter = new PorterStemFilter(tokenizer);
    private final CharTermAttribute term = filter.addAttribute(CharTermAttribute.class);
    private final Map<String, String> exceptions;

    RougePorter(Map<String, String> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** With the exception lists of the WordNet folder {@code dir}; none when it has none. */
    static RougePorter withWordNet(Path dir) {
        Map<String, String> exceptions = new HashMap<>();
        for (String list : LISTS) {
            Path file = dir.resolve(list);
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.strip().split("\\s+");
                    if (fields.length >= 2) {
                        exceptions.putIfAbsent(fields[0], fields[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RougePorter(exceptions);
    }

    boolean hasExceptions() {
        return !exceptions.isEmpty();
    }

    String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        try {
            tokenizer.setReader(new StringReader(exceptions.getOrDefault(word, word)));
            filter.reset();
            String out = filter.incrementToken() ? term.toString() : word;
            filter.end();
            filter.close();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

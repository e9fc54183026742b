package org.storyline.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Porter stemmer as ROUGE-1.5.5 applies it with {@code -m}: only to words longer than three characters
 * (shorter ones are left as written). Lucene's {@link PorterStemFilter} is Porter's original algorithm, as is
 * ROUGE's. Not thread-safe: one instance per thread.
 */
final class RougePorter {

    private final KeywordTokenizer tokenizer = new KeywordTokenizer();
    private final PorterStemFilter filter = new PorterStemFilter(tokenizer);
    private final CharTermAttribute term = filter.addAttribute(CharTermAttribute.class);

    String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        try {
            tokenizer.setReader(new StringReader(word));
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

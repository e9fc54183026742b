package org.storyline.core.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content words of a text with their counts: Lucene's English analysis chain (standard tokenizer,
 * possessives, lower case, English stop words, Porter stemmer), so "rehab" and "rehabs" count as one.
 * Thread-safe.
 */
public final class KeywordExtractor {

    private final Analyzer analyzer = new EnglishAnalyzer();

    public Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    counts.merge(term.toString(), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return counts;
    }
}

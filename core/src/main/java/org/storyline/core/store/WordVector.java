package org.storyline.core.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;

/**
 * A fixed-size vector of an article's words (feature hashing: each stemmed, non-stop word adds its
 * damped count times its rarity in the archive to one of {@code dimensions} signed slots), so that
 * stories can be found by nearest-neighbour search without a vocabulary that grows with the archive.
 * Rarity (inverse document frequency from the archive's own index) matters: without it the words every
 * article shares ("said", "officials", "million") dominate a big story's centroid, and the story
 * swallows every new article. Entity names count twice: they say most about which event an article
 * covers. The vector is unit length, or all zeros for an article with no words.
 */
final class WordVector {

    private static final int LEAD_CHARS = 4_000;

    private final Analyzer analyzer = Archive.analyzer();
    private final int dimensions;

    WordVector(int dimensions) {
        this.dimensions = dimensions;
    }

    float[] of(ArticleAnalysis analysis, Archive archive) throws IOException {
        Article article = analysis.article();
        Map<String, Integer> counts = new HashMap<>();
        String text = article.text();
        count((article.title() == null ? "" : article.title()) + "\n"
                + text.substring(0, Math.min(text.length(), LEAD_CHARS)), 1, counts);
        for (Entity entity : analysis.entities()) {
            count(entity.name(), 2, counts);
        }
        Map<String, Double> rarity = archive == null ? Map.of() : archive.rarity(counts.keySet());
        float[] vector = new float[dimensions];
        counts.forEach((word, n) -> {
            int hash = word.hashCode() * 0x9E3779B1;
            int slot = Math.floorMod(hash, dimensions);
            float sign = (hash >>> 31) == 0 ? 1f : -1f;
            vector[slot] += sign * (float) ((1 + Math.log(n)) * rarity.getOrDefault(word, 1.0));
        });
        double norm = ArchiveDocuments.norm(vector);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) norm;
            }
        }
        return vector;
    }

    private void count(String text, int weight, Map<String, Integer> counts) {
        try (TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 2 && !Character.isDigit(term.charAt(0))) {
                    counts.merge(term.toString(), weight, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }
}

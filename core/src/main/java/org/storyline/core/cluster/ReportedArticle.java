package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An {@link ArticleProfile} turned into what the assigner compares: a unit embedding and raw term
 * weights. Entity names count once per article; a name of several words also counts each word, so
 * "Reid" in one article meets "Tara Reid" in another. Entity types are left out of the terms: NER
 * calls the same name a place in one article and an organisation in the next.
 */
record ReportedArticle(ArticleProfile profile, double[] unit, Map<String, Double> entities,
                       Map<String, Double> keywords) {

    static ReportedArticle of(ArticleProfile profile) {
        float[] v = profile.vector();
        double[] unit = new double[v.length];
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length && norm > 0; i++) {
            unit[i] = v[i] / norm;
        }
        Map<String, Double> entities = new HashMap<>();
        for (Set<String> names : profile.entities().values()) {
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT).strip();
                String[] words = lower.split("[^\\p{L}\\p{N}]+");
                if (words.length > 1) {
                    entities.put("n:" + lower, 1.0);
                }
                for (String w : words) {
                    if (w.length() > 1) {
                        entities.put("w:" + w, 1.0);
                    }
                }
            }
        }
        Map<String, Double> keywords = new HashMap<>();
        profile.keywords().forEach((k, n) -> {
            if (n > 0) {
                keywords.put("k:" + k, 1 + Math.log(n));
            }
        });
        return new ReportedArticle(profile, unit, entities, keywords);
    }

    List<String> terms() {
        List<String> all = new ArrayList<>(entities.keySet());
        all.addAll(keywords.keySet());
        return all;
    }

    /** The terms that go into the term index: every entity term and the top keywords by tf-idf. */
    List<String> indexTerms(TermStats stats, int topKeywords) {
        List<String> out = new ArrayList<>(entities.keySet());
        keywords.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue() * stats.idf(b.getKey()), a.getValue() * stats.idf(a.getKey())))
                .limit(topKeywords)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }
}

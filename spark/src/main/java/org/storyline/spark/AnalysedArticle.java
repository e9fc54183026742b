package org.storyline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article after the per-article path on an executor: its analysis and cluster profile (as the store's
 * JSON of {@code ArticleAnalysis} and {@code ArticleProfile}), its body's near-duplicate fingerprint,
 * what the analysis noted, and the stages that failed on it.
 */
record AnalysedArticle(OrderKey key, ArticleFacts facts, String analysisJson, String profileJson, long[] signature,
                       int shingles, List<String> notes, List<JobProblem> failures) implements Serializable {

    String id() {
        return facts.id();
    }

    AnalysedArticle {
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
    }
}

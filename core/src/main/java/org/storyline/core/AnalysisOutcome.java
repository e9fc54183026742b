package org.storyline.core;

import java.util.List;

import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;

/**
 * What {@link ArticleAnalyzer} made of one article: the analysis, always present (empty where nothing
 * could be analyzed), notes on what was skipped or cut and why ("written in 'de' ... not analyzed",
 * "cut to its first 20000 of 200000 words"), and failures: stages that broke on this article, whose
 * results are left out while the other stages' are kept.
 */
public record AnalysisOutcome(ArticleAnalysis analysis, List<Problem> notes, List<Problem> failures) {

    public AnalysisOutcome {
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
    }

    /** Whether every stage ran on the whole article. */
    public boolean complete() {
        return notes.isEmpty() && failures.isEmpty();
    }
}

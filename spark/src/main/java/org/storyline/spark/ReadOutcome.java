package org.storyline.spark;

import java.io.Serializable;

/**
 * What reading one input gave: an extracted article (as the store's JSON of the {@code Article}, which
 * is how it travels between tasks) with its place in the reading order, or a problem.
 */
record ReadOutcome(OrderKey key, String id, String articleJson, JobProblem problem) implements Serializable {

    static ReadOutcome article(OrderKey key, String id, String json) {
        return new ReadOutcome(key, id, json, null);
    }

    static ReadOutcome failed(JobProblem problem) {
        return new ReadOutcome(null, null, null, problem);
    }

    boolean isArticle() {
        return problem == null;
    }
}

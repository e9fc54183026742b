package org.storyline.core;

import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;

/**
 * Hears a {@link Pipeline} run as it goes, on the thread that runs it: each article as soon as it is
 * extracted, each problem, each input skipped, and progress over the input files.
 */
public interface RunListener {

    void article(Article article);

    default void problem(Problem problem) {
    }

    default void skipped(String source, String reason) {
    }

    /** Called after each input file, and once with {@code done == 0} before the first. */
    default void progress(int done, int total) {
    }
}

package org.storyline.spark;

import java.io.Serializable;
import org.storyline.core.model.Problem;

/** A {@link Problem} as the job carries it between tasks: an input, a place in it and a reason. */
record JobProblem(String source, String where, String reason) implements Serializable {

    static JobProblem of(Problem problem) {
        return new JobProblem(problem.source(), problem.where(), problem.reason());
    }
}

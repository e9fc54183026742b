package org.storyline.bench;

import java.io.IOException;
import java.util.List;

/**
 * Our ROUGE-N beside ROUGE-1.5.5's own numbers: each published system's mean ROUGE-1 and ROUGE-2 recall over
 * the topics, next to what SOURCE.md states, and whether every difference is within {@link #TOLERANCE}.
 * SOURCE.md rounds to three decimals, so a stated 0.359 stands for [0.3585, 0.3595]: the difference is
 * taken to the nearest end of that interval ({@link #ROUNDING}); the raw difference is printed beside it.
 */
final class RougeCheck {

    static final double TOLERANCE = 0.002;
    static final double ROUNDING = 0.0005;

    private RougeCheck() {
    }

    /** Prints the comparison; true when every system is within the tolerance on both measures. */
    static boolean check(DucSummaries duc, RougeN rouge) throws IOException {
        boolean ok = true;
        List<DucSummaries.Published> published = duc.published();
        System.out.printf("%-11s %8s %8s %8s %8s %8s %8s%n", "system", "R-1", "stated", "diff", "R-2", "stated", "diff");
        for (DucSummaries.Published p : published) {
            double r1 = 0;
            double r2 = 0;
            for (String topic : duc.topics()) {
                String peer = duc.system(topic, p.system());
                r1 += rouge.recall(peer, duc.references(topic), 1);
                r2 += rouge.recall(peer, duc.references(topic), 2);
            }
            r1 /= duc.topics().size();
            r2 /= duc.topics().size();
            boolean within = off(r1, p.rouge1()) <= TOLERANCE && off(r2, p.rouge2()) <= TOLERANCE;
            ok &= within;
            System.out.printf("%-11s %8.4f %8.3f %+8.4f %8.4f %8.3f %+8.4f%s%n", p.system(), r1, p.rouge1(),
                    r1 - p.rouge1(), r2, p.rouge2(), r2 - p.rouge2(), within ? "" : "  OFF");
        }
        return ok && !published.isEmpty();
    }

    /** How far a measured score is from the interval a three-decimal stated score stands for. */
    static double off(double measured, double stated) {
        return Math.max(0, Math.abs(measured - stated) - ROUNDING);
    }
}

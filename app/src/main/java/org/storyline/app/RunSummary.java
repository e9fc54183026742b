package org.storyline.app;

import java.io.PrintWriter;
import java.util.Map;
import org.storyline.core.RunReport;
import org.storyline.core.model.Problem;

/** The end-of-run lines on stderr: counts, failures by reason, then each failed input. */
final class RunSummary {

    /** A run over a broken crawl can fail thousands of times; the reasons say enough after this many. */
    private static final int PROBLEMS_LISTED = 50;

    private RunSummary() {
    }

    static void print(RunReport report, PrintWriter err) {
        err.printf("storyline: read %d document%s from %d file%s; extracted %d; failed %d%s%n",
                report.documents(), plural(report.documents()), report.files(), plural(report.files()),
                report.extracted(), report.problems().size(),
                report.skipped() == 0 ? "" : "; skipped " + report.skipped() + " (formats not read)");
        if (!report.allSucceeded()) {
            err.println("failed by reason:");
            for (Map.Entry<String, Integer> reason : report.failuresByReason().entrySet()) {
                err.printf("  %5d  %s%n", reason.getValue(), reason.getKey());
            }
            err.println("failed inputs:");
            report.problems().stream().limit(PROBLEMS_LISTED).map(Problem::toString).forEach(p -> err.println("  " + p));
            if (report.problems().size() > PROBLEMS_LISTED) {
                err.println("  ... and " + (report.problems().size() - PROBLEMS_LISTED) + " more");
            }
        }
        err.flush();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}

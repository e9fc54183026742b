package org.storyline.app.watch;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.storyline.core.fetch.RoundReport;
import org.storyline.core.model.Problem;

/** A round's report on stderr: one line of counts, then every failure with its reason. */
public final class RoundLines {

    private static final int LISTED = 50;

    private RoundLines() {
    }

    public static void print(RoundReport r, PrintWriter err) {
        err.printf(Locale.ROOT, "round at %s: %d feed%s (%d changed, %d unchanged, %d failed), %d new item%s; "
                        + "%d page%s fetched: %d stored, %d from the feed's text, %d duplicates, %d disallowed by robots.txt, "
                        + "%d left for a later round; %.1f s%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), r.feeds(), s(r.feeds()), r.changed(), r.unchanged(),
                r.failedFeeds(), r.newItems(), s(r.newItems()), r.pagesFetched(), s(r.pagesFetched()), r.stored(),
                r.fromFeed(), r.duplicates(), r.disallowed(), r.retrying(), r.took().toMillis() / 1000.0);
        if (!r.problems().isEmpty()) {
            err.println("failed:");
            r.problems().stream().limit(LISTED).map(Problem::toString).forEach(p -> err.println("  " + p));
            if (r.problems().size() > LISTED) {
                err.println("  ... and " + (r.problems().size() - LISTED) + " more");
            }
        }
        err.flush();
    }

    private static String s(int n) {
        return n == 1 ? "" : "s";
    }
}

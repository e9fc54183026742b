package org.storyline.core.fetch;

import java.time.Duration;
import java.util.List;
import org.storyline.core.model.Problem;

/**
 * What one round did.
 *
 * @param feeds        feeds asked for (those an index or OPML list named included)
 * @param changed      feeds fetched and read
 * @param unchanged    feeds the server said had not changed (304)
 * @param failedFeeds  feeds that failed
 * @param newItems     items first seen this round
 * @param pagesFetched article pages fetched
 * @param stored       articles stored from their pages
 * @param fromFeed     articles stored from the feed's own text, their page having failed
 * @param duplicates   pages that were an article already stored
 * @param disallowed   pages robots.txt forbids
 * @param retrying     pages that failed for a reason that may pass, left for a later round
 * @param problems     every failure, each with its URL and reason
 * @param took         how long the round ran
 */
public record RoundReport(int feeds, int changed, int unchanged, int failedFeeds, int newItems, int pagesFetched,
                          int stored, int fromFeed, int duplicates, int disallowed, int retrying,
                          List<Problem> problems, Duration took) {

    public RoundReport {
        problems = List.copyOf(problems);
    }

    public boolean allSucceeded() {
        return problems.isEmpty();
    }
}

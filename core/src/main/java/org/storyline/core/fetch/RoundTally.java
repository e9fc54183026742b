package org.storyline.core.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Problem;

/** The counts and failures of one round as it goes; used from the round's thread only. */
final class RoundTally {

    int feeds;
    int changed;
    int unchanged;
    int failedFeeds;
    int newItems;
    int pagesFetched;
    int stored;
    int fromFeed;
    int duplicates;
    int disallowed;
    int retrying;
    private final List<Problem> problems = new ArrayList<>();
    /** Per feed: how many of its pages failed this round, and the last reason. */
    private final Map<String, Integer> pageFailures = new LinkedHashMap<>();
    private final Map<String, String> lastPageFailure = new LinkedHashMap<>();

    void feedFailed(String feed, String reason) {
        failedFeeds++;
        problems.add(new Problem(feed, null, reason));
    }

    void pageFailed(PageState page, String reason) {
        problems.add(new Problem(page.url(), null, reason));
        if (page.feed() != null) {
            pageFailures.merge(page.feed(), 1, Integer::sum);
            lastPageFailure.put(page.feed(), reason);
        }
    }

    Map<String, Integer> pageFailures() {
        return pageFailures;
    }

    String lastPageFailure(String feed) {
        return lastPageFailure.get(feed);
    }

    RoundReport report(Duration took) {
        return new RoundReport(feeds, changed, unchanged, failedFeeds, newItems, pagesFetched, stored, fromFeed,
                duplicates, disallowed, retrying, problems, took);
    }
}

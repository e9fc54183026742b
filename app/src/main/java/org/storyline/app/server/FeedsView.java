package org.storyline.app.server;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.fetch.FeedState;
import org.storyline.core.fetch.PageStatus;
import org.storyline.core.store.ArchiveLedger;

/**
 * The watched feeds as {@code /api/feeds} and the Feeds page show them: each feed's last fetch, status,
 * new and total items and errors, and how many pages stand at each status.
 *
 * @param feeds every feed the watcher has asked for, by URL
 * @param pages page counts by status
 */
public record FeedsView(List<FeedState> feeds, Map<PageStatus, Long> pages) {

    public static FeedsView of(ArchiveLedger ledger) throws IOException {
        Map<PageStatus, Long> pages = new EnumMap<>(PageStatus.class);
        for (PageStatus status : PageStatus.values()) {
            pages.put(status, ledger.pages(status));
        }
        return new FeedsView(ledger.feeds(), pages);
    }
}

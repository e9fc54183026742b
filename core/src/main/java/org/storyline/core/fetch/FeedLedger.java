package org.storyline.core.fetch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where the watcher keeps its state: each feed's validators and last fetch, and each page it has
 * listed. Writes become durable with the store's next commit, the same commit that stores the
 * articles they speak of, so state and articles never disagree after a crash. Reads see what was
 * committed.
 */
public interface FeedLedger {

    Optional<FeedState> feed(String url) throws IOException;

    /** Every feed, by URL. */
    List<FeedState> feeds() throws IOException;

    void put(FeedState feed) throws IOException;

    Optional<PageState> page(String url) throws IOException;

    void put(PageState page) throws IOException;

    /** Every page not yet settled, by URL. */
    List<PageState> pending() throws IOException;
}

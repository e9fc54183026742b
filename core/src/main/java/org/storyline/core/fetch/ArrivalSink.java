package org.storyline.core.fetch;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where the watcher's arrivals go to be read, analysed and stored, and whose commits make the
 * {@link FeedLedger}'s writes durable. Called from the round's thread only.
 */
public interface ArrivalSink {

    /**
     * Takes one arrival. The sink calls {@code settle} exactly once for it, on the round's thread, no
     * later than its next {@link #commit()} returns, and right after it writes the article: with no
     * commit in between, so that the ledger's record of the page lands in the same commit as the article.
     */
    void take(Arrival arrival, Consumer<Settlement> settle);

    /** Settles everything taken, then commits the store (articles and ledger together), atomically. */
    void commit() throws IOException;
}

package org.storyline.core.fetch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A ledger in maps, for the fetch tests: what the store's ledger does, without the store. */
final class MemoryLedger implements FeedLedger {

    final Map<String, FeedState> feeds = new TreeMap<>();
    final Map<String, PageState> pages = new TreeMap<>();

    @Override
    public synchronized Optional<FeedState> feed(String url) {
        return Optional.ofNullable(feeds.get(url));
    }

    @Override
    public synchronized List<FeedState> feeds() {
        return List.copyOf(feeds.values());
    }

    @Override
    public synchronized void put(FeedState feed) {
        feeds.put(feed.url(), feed);
    }

    @Override
    public synchronized Optional<PageState> page(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    @Override
    public synchronized void put(PageState page) {
        pages.put(page.url(), page);
    }

    @Override
    public synchronized List<PageState> pending() {
        return pages.values().stream().filter(p -> p.status() == PageStatus.PENDING).toList();
    }

    PageStatus status(String url) {
        return pages.get(url).status();
    }
}

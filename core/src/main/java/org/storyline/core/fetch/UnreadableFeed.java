package org.storyline.core.fetch;

/** A feed body that is none of the kinds the watcher reads, or is broken; the message says which. */
final class UnreadableFeed extends Exception {

    UnreadableFeed(String reason) {
        super(reason, null, false, false);
    }
}

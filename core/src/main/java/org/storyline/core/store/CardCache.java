package org.storyline.core.store;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;

/**
 * Cards already read, by document number, for the current reader. A card is a few hundred bytes, but
 * reading one from stored fields decompresses the whole block it shares with neighbours' full records
 * (tens of kilobytes), which made a page of 20 cards cost milliseconds. Kept per reader, so a refresh
 * starts a new cache; it holds at most one reference per document plus the cards actually asked for.
 */
final class CardCache {

    private IndexReader reader;
    private AtomicReferenceArray<String> cards;

    synchronized AtomicReferenceArray<String> of(IndexReader current) {
        if (current != reader) {
            reader = current;
            cards = new AtomicReferenceArray<>(current.maxDoc());
        }
        return cards;
    }
}

package org.storyline.core.cluster;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Puts a stream of analysed articles back in publication order, holding at most {@code capacity} of them.
 * Events and storylines are placed online, each article against what came before it, so a story's later
 * reports read before its first one start events of their own; an archive dump read in file order (grouped
 * by topic or outlet, or shuffled) would be grouped worse than the same articles read as they came out.
 * Articles leave oldest first ({@link #ORDER}), one each time the window is over capacity, and the rest at
 * {@link #drain}; a stream already in time order passes through unchanged, only later. Not thread-safe.
 */
public final class PublicationWindow {

    /** The order articles are placed in: by publication day, undated last; ties keep their arrival order. */
    public static final Comparator<ArticleAnalysis> ORDER = Comparator.comparing(
            (ArticleAnalysis a) -> a.article().published() == null ? null : a.article().published().date(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    private record Held(ArticleAnalysis analysis, long arrival) {
    }

    private final int capacity;
    private final PriorityQueue<Held> held = new PriorityQueue<>(
            Comparator.comparing(Held::analysis, ORDER).thenComparingLong(Held::arrival));
    private long arrivals;

    /** @param capacity articles held back at most; 0 passes each on as it comes */
    public PublicationWindow(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a window cannot hold " + capacity + " articles");
        }
        this.capacity = capacity;
    }

    /** Takes an article in and hands {@code out} the oldest held while more than the capacity are held. */
    public void offer(ArticleAnalysis analysis, Consumer<ArticleAnalysis> out) {
        held.add(new Held(analysis, arrivals++));
        while (held.size() > capacity) {
            out.accept(held.poll().analysis());
        }
    }

    /** Hands {@code out} every article still held, oldest first. */
    public void drain(Consumer<ArticleAnalysis> out) {
        while (!held.isEmpty()) {
            out.accept(held.poll().analysis());
        }
    }
}

package org.storyline.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.storyline.core.model.Article;

/**
 * Where an article comes in the order the cluster stage reads the corpus: by publication day (undated
 * last), then by input file, then by its place in the file; the order {@code analyze} feeds its analyses in.
 */
record OrderKey(long day, int file, int record) implements Comparable<OrderKey>, Serializable {

    private static final Comparator<OrderKey> ORDER = Comparator.comparingLong(OrderKey::day)
            .thenComparingInt(OrderKey::file).thenComparingInt(OrderKey::record);

    static OrderKey of(Article article, int file, int record) {
        long day = article.published() == null ? Long.MAX_VALUE : article.published().date().toEpochDay();
        return new OrderKey(day, file, record);
    }

    @Override
    public int compareTo(OrderKey other) {
        return ORDER.compare(this, other);
    }
}

package org.storyline.core.store;

import java.util.List;

/**
 * One page of a result list.
 *
 * @param items  the items of this page, in order
 * @param total  how many items match in all
 * @param offset the position of the first item among all matches, from 0
 * @param limit  the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(int offset, int limit) {
        return new Page<>(List.of(), 0, offset, limit);
    }

    /** Whether matches follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}

package org.storyline.core.store;

import java.time.LocalDate;

/**
 * Which stories to list. Every field may be {@code null} (no constraint).
 *
 * @param query  words to find in the story's headline, summary, quotes and facts
 * @param outlet an outlet that covered it (exact name)
 * @param person someone quoted in it ({@link PersonId} or name)
 * @param from   the story's last day is on or after this day
 * @param to     the story's first day is on or before this day
 * @param order  the order, {@link StoryOrder#RECENT} when {@code null}
 */
public record StoryFilter(String query, String outlet, String person, LocalDate from, LocalDate to, StoryOrder order) {

    public static final StoryFilter ALL = new StoryFilter(null, null, null, null, null, StoryOrder.RECENT);

    public StoryFilter {
        order = order == null ? StoryOrder.RECENT : order;
    }
}

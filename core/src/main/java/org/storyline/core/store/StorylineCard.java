package org.storyline.core.store;

import java.time.LocalDate;
import java.util.List;
import org.storyline.core.model.StorylineEvent;

/**
 * A storyline as lists show it, kept beside the full view so that a page of storylines never reads one.
 *
 * @param id       the storyline id
 * @param title    its short title
 * @param outlets  outlet names, most coverage first
 * @param articles how many articles its events hold
 * @param quotes   how many distinct quotes its people have
 * @param people   the most quoted people, at most five
 * @param first    first publication day, or {@code null}
 * @param last     last publication day, or {@code null}
 * @param place    where it happens, or {@code null}
 * @param lede     the first sentence of its arc, or {@code null}
 * @param events   its events in time order, the latest {@link #EVENTS} of them when it has more
 * @param eventCount how many events it has
 */
public record StorylineCard(String id, String title, List<String> outlets, int articles, int quotes,
                            List<String> people, LocalDate first, LocalDate last, String place, String lede,
                            List<StorylineEvent> events, int eventCount) {

    /** The most events a card lists. */
    public static final int EVENTS = 8;
}

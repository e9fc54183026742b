package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of a storyline, as the storyline lists it: enough to show it on a timeline and link to it.
 *
 * @param id       the event's id (its {@link StoryView#id()})
 * @param title    its short title
 * @param period   its first and last publication day, or {@code null} when no article is dated
 * @param place    where it happens, or {@code null}
 * @param outlets  the outlets that covered it, most articles first
 * @param articles how many articles it has
 * @param lead     its summary's first sentence, or {@code null} when it has no summary
 */
public record StorylineEvent(String id, String title, DateRange period, String place, List<String> outlets,
                             int articles, String lead) {

    public StorylineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        outlets = List.copyOf(outlets);
    }
}

package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A storyline: the events that continue one another over weeks (an arrest, then the extradition fight;
 * a storm, then its aftermath), as a reader follows them.
 *
 * @param id       stable id of the storyline
 * @param title    a short title for the whole storyline, never null
 * @param period   first and last publication day over its events, or {@code null} when none is dated
 * @param place    where it happens: the place most of its events happen in, or {@code null}
 * @param outlets  every outlet that covered one of its events, most articles first
 * @param articles how many articles its events hold
 * @param events   its events in time order (undated last)
 * @param people   everyone quoted across its events, most quoted first, each quote once
 * @param summary  its arc: how it began and what happened since, each sentence citing its sources
 * @param notes    what the view could not establish and why
 */
public record StorylineView(String id, String title, DateRange period, String place, List<Outlet> outlets,
                            int articles, List<StorylineEvent> events, List<QuotedPerson> people,
                            List<SummarySentence> summary, List<String> notes) {

    public StorylineView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        outlets = List.copyOf(outlets);
        events = List.copyOf(events);
        people = List.copyOf(people);
        summary = List.copyOf(summary);
        notes = List.copyOf(notes);
    }
}

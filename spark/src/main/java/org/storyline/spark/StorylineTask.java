package org.storyline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;
import org.storyline.core.model.StoryView;
import org.storyline.core.store.RecordJson;
import org.storyline.core.story.StorylineAssembler;

/**
 * Assembles one storyline's view on an executor, one task per storyline: core's {@link StorylineAssembler}
 * over the views of its events, as {@code analyze} and the store's ingest do. The view is written as the
 * store's JSON of a {@link StorylineView}.
 */
final class StorylineTask {

    /** A storyline's view as one JSON line, with its events in its order and what orders the storylines in the output. */
    record AssembledStoryline(String id, int outlets, int articles, List<String> events, String json)
            implements Comparable<AssembledStoryline>, Serializable {

        /** The output order of {@code analyze}: most outlets first, then most articles, then by id. */
        @Override
        public int compareTo(AssembledStoryline other) {
            return OUTPUT_ORDER.compare(this, other);
        }
    }

    private static final Comparator<AssembledStoryline> OUTPUT_ORDER = Comparator
            .comparingInt((AssembledStoryline s) -> -s.outlets())
            .thenComparingInt(s -> -s.articles())
            .thenComparing(AssembledStoryline::id);

    private StorylineTask() {
    }

    static AssembledStoryline assemble(String storyline, Iterable<String> eventJson) {
        List<StoryView> events = new ArrayList<>();
        eventJson.forEach(json -> events.add(RecordJson.read(json, StoryView.class)));
        StorylineView view = new StorylineAssembler().assemble(storyline, events);
        return new AssembledStoryline(storyline, view.outlets().size(), view.articles(),
                view.events().stream().map(StorylineEvent::id).toList(), RecordJson.write(view));
    }
}

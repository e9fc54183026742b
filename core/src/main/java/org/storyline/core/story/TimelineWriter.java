package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Citation;
import org.storyline.core.model.TimelineEvent;

/**
 * The story's dated events: every sentence that names a day or a month (the nlp stage resolves "on
 * Tuesday" against the publication date), one event per date and aligned group, so that two outlets
 * dating the same thing make one event citing both.
 */
final class TimelineWriter {

    private TimelineWriter() {
    }

    static List<TimelineEvent> write(List<List<Passage>> groups, Map<Integer, List<Citation>> copyCitations) {
        var events = new LinkedHashMap<String, List<Passage>>();
        for (int g = 0; g < groups.size(); g++) {
            for (var p : groups.get(g)) {
                for (var date : new LinkedHashSet<>(p.dates())) {
                    events.computeIfAbsent(date + "|" + g, k -> new ArrayList<>()).add(p);
                }
            }
        }
        var timeline = new ArrayList<TimelineEvent>();
        events.forEach((key, passages) -> {
            var citations = new ArrayList<Citation>();
            var outlets = new LinkedHashSet<String>();
            for (var p : passages) {
                citations.add(p.citation());
                outlets.add(p.outlet());
                for (var c : copyCitations.getOrDefault(p.index(), List.of())) {
                    citations.add(c);
                    outlets.add(c.outlet());
                }
            }
            timeline.add(new TimelineEvent(key.substring(0, key.indexOf('|')), passages.get(0).text(),
                    List.copyOf(outlets), citations));
        });
        timeline.sort(Comparator.comparing(TimelineEvent::date).thenComparingInt(e -> -e.outlets().size()));
        return timeline;
    }
}

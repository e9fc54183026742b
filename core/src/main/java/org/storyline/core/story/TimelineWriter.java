package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.model.Citation;
import org.storyline.core.model.TimelineEvent;

/**
 * The story's dated events: every sentence that names a day or a month (the nlp stage resolves "on
 * Tuesday" against the publication date), one event per date and aligned group, so that two outlets
 * dating the same thing make one event citing both. A sentence naming a day is listed under its days only.
 */
final class TimelineWriter {

    /** A dated line shorter than this is a date alone ("7 March 2025", a byline's), not an event. */
    private static final int MIN_WORDS = 5;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TimelineWriter() {
    }

    /**
     * The dates a sentence is listed under: its days when it names one, else its months, weeks and years.
     * A sentence that names a day reports what happened that day; a month or year beside it is background
     * ("Stock prices vaulted to records on Monday, a recovery that two months ago seemed unthinkable"), and
     * listing the sentence there too would date the day's event to the background's month.
     */
    private static Set<String> datesOfItsEvent(List<String> dates) {
        var days = new LinkedHashSet<String>();
        dates.stream().filter(d -> DAY.matcher(d).matches()).forEach(days::add);
        return days.isEmpty() ? new LinkedHashSet<>(dates) : days;
    }

    static List<TimelineEvent> write(List<List<Passage>> groups, Map<Integer, List<Citation>> copyCitations) {
        var events = new LinkedHashMap<String, List<Passage>>();
        for (int g = 0; g < groups.size(); g++) {
            for (var p : groups.get(g)) {
                if (p.words() < MIN_WORDS) {
                    continue;
                }
                for (var date : datesOfItsEvent(p.dates())) {
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

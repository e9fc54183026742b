package org.storyline.core.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The order an event's summary reads in: what the articles put first comes first (a lead before a detail),
 * and among sentences at the same depth the earlier report first, so that the summary opens on what the
 * story is about and then tells what followed.
 */
final class SummaryOrder {

    private static final Comparator<Passage> POSITION = Comparator
            .comparingInt((Passage p) -> Math.min(p.sentence(), SummaryConcepts.LEAD_SENTENCES))
            .thenComparing(SummaryOrder::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Passage::sentence)
            .thenComparingInt(Passage::index);

    private SummaryOrder() {
    }

    static List<Passage> ordered(List<Passage> chosen) {
        return chosen.stream().sorted(POSITION).toList();
    }

    private static LocalDate published(Passage p) {
        var time = p.source().article().published();
        return time == null ? null : time.date();
    }
}

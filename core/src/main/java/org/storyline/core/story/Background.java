package org.storyline.core.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Whether a sentence only recalls what happened before the story: past its article's lead, every date it
 * names ends days before the story's first report ("About 12,000 litres escaped on March 10", in a report
 * of the inquiry two weeks later). Reporters restate the background of a development so that the article
 * reads alone; the story's summary has the earlier event's own coverage for that, and says what is new. A
 * lead keeps its dates whatever they are ("fined over the March 10 leak" is the news of the fine).
 */
final class Background {

    /** How long before the story's first report a named day must end to be background. */
    private static final int DAYS_BEFORE = 2;

    private Background() {
    }

    /** The day of the story's first dated report, or {@code null} when none is dated. */
    static LocalDate firstDay(List<Passage> passages) {
        return passages.stream().map(p -> p.source().article().published()).filter(Objects::nonNull)
                .map(t -> t.date()).min(LocalDate::compareTo).orElse(null);
    }

    static boolean recalls(Passage p, LocalDate firstDay) {
        if (firstDay == null || p.sentence() < SummaryConcepts.LEAD_SENTENCES || p.dates().isEmpty()) {
            return false;
        }
        var before = firstDay.minusDays(DAYS_BEFORE);
        return p.dates().stream().allMatch(d -> lastDay(d).isBefore(before));
    }

    /** The last day an ISO date at day or month precision covers. */
    private static LocalDate lastDay(String iso) {
        return iso.length() == 7 ? YearMonth.parse(iso).atEndOfMonth() : LocalDate.parse(iso);
    }
}

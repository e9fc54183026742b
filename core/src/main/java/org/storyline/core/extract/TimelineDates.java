package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The dates a timeline heads its entries with ("June 2013", then what happened): headings that hold only a date, each
 * over prose, three at least in one story. Alone, a heading of a date is the page's stamp beside the byline; a run of
 * them over paragraphs is the story told by its dates, and they are its lines.
 */
final class TimelineDates {

    /** A timeline dates a few entries at least; one or two dated headings are stamps. */
    private static final int MIN_ENTRIES = 3;

    private TimelineDates() {
    }

    /** The blocks of {@code story} that are a timeline's dates; empty when it holds no timeline. */
    static Set<TextBlock> of(List<TextBlock> story) {
        Set<TextBlock> dates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i + 1 < story.size(); i++) {
            TextBlock block = story.get(i);
            if (PageCleaner.SECTION_HEADINGS.contains(block.owner().normalName()) && datesAlone(block)
                    && ContentScorer.prose(story.get(i + 1)) > 0) {
                dates.add(block);
            }
        }
        return dates.size() >= MIN_ENTRIES ? dates : Set.of();
    }

    private static boolean datesAlone(TextBlock block) {
        return block.kind() == TextBlock.Kind.TIME_STAMP
                || block.kind() == TextBlock.Kind.HEADING && DateStamp.isDateStamp(block.text());
    }
}

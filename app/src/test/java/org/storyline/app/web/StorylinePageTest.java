package org.storyline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.DateRange;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;
import org.storyline.core.model.SummarySentence;

class StorylinePageTest {

    private static final String LEAK = "A chemical leak from the Varn plant turned the Sella river red at Lindmoor.";
    private static final String FINE = "Varn Chemicals was fined 4.5 million euros over the Sella river leak.";

    private static StorylineView sella() {
        var leak = new StorylineEvent("s1", "Sella river turns red", new DateRange(LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 14)), "Lindmoor", List.of("Meridian Wire", "Daily Lantern"), 4, LEAK);
        var fine = new StorylineEvent("s2", "Varn fined", new DateRange(LocalDate.of(2025, 4, 9),
                LocalDate.of(2025, 4, 9)), "Lindmoor", List.of("Daily Lantern"), 1, FINE);
        return new StorylineView("l1", "Sella river leak", new DateRange(LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 9)), "Lindmoor", List.of(), 5, List.of(leak, fine), List.of(),
                List.of(new SummarySentence(LEAK, List.of("Meridian Wire"), List.of())), List.of());
    }

    @Test
    void eventLeadTheSummaryAlreadyTellsIsPrintedOnce() {
        var page = StorylinePage.render(sella());
        assertThat(page.split(java.util.regex.Pattern.quote("Varn plant turned the Sella river red"), -1)).hasSize(2);
        assertThat(page).contains("fined 4.5 million euros");
    }
}

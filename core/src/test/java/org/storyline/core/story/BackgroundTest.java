package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.SummarySentence;

/** A development's summary says what is new, not the background its reports restate. */
class BackgroundTest {

    private static ArticleAnalysis report(String id, String outlet, String lead) {
        return article(id, outlet,
                lead,
                "The inspectors said the valve on tank 4 had not been checked for three years.",
                "About 12,000 litres of dye and solvent escaped from the plant on March 10, killing some 4,000 fish.",
                "Chief inspector Hana Petrovic said the case had been sent to prosecutors.")
                .published("2025-03-25")
                .date("on March 10", "2025-03-10")
                .build();
    }

    private static List<String> summary(ArticleAnalysis... articles) {
        return new StoryAssembler().assemble("s1", List.of(articles), Map.of()).summary().stream()
                .map(SummarySentence::text).toList();
    }

    @Test
    void sentenceOnlyRecallingAnEarlierDayIsLeftOut() {
        var summary = summary(
                report("a1", "Meridian Wire", "Inspectors found that the alarms on the leaking tank at the Varn plant had been switched off."),
                report("a2", "Northgate Post", "The alarms on the Varn tank that leaked had been switched off, inspectors found."));
        assertThat(summary).isNotEmpty().noneMatch(s -> s.contains("12,000 litres"));
        assertThat(summary).anyMatch(s -> s.contains("switched off"));
    }

    @Test
    void leadNamingAnEarlierDayStays() {
        var summary = summary(
                article("a1", "Daily Lantern",
                        "Varn Chemicals was fined 4.5 million euros over the leak of March 10 into the Sella river.",
                        "The company will also pay to restock the river.")
                        .published("2025-04-09").date("of March 10", "2025-03-10").build());
        assertThat(summary).anyMatch(s -> s.contains("fined 4.5 million euros"));
    }
}

package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Report;

/** A figure several outlets report is shown in a sentence that gives the figure. */
class ClaimReportTextTest {

    private static ArticleAnalysis withShare(String id, String outlet, String sentence) {
        return article(id, outlet,
                "A fire in the signal room at Calderra Central halted every northbound train on Monday.",
                sentence)
                .published("2025-03-03")
                .claim("services", "services ran", 60, "percent", true, "about 60%")
                .build();
    }

    @Test
    void corroboratedFigureReadsInASentenceThatGivesIt() {
        var wire = withShare("a1", "Meridian Wire",
                "Monday's fire forced the cancellation of 212 trains, Estrava Rail said, and about 60% of services ran with long delays.");
        var lantern = withShare("a2", "Daily Lantern",
                "Monday's fire forced the cancellation of 212 trains, Estrava Rail said, while about 60% of northern routes kept running through the morning.");
        var post = article("a3", "Evening Post",
                "A fire in the signal room at Calderra Central halted every northbound train on Monday.",
                "Monday's fire forced the cancellation of 212 trains, Estrava Rail said.")
                .published("2025-03-03").build();
        var courier = article("a4", "Harbour Courier",
                "A fire in the signal room at Calderra Central halted every northbound train on Monday.",
                "Monday's fire forced the cancellation of 212 trains, Estrava Rail said.")
                .published("2025-03-03").build();
        var story = new StoryAssembler().assemble("s1", List.of(wire, lantern, post, courier), Map.of());
        assertThat(story.corroborated()).filteredOn(r -> r.claim() != null && r.claim().value() == 60)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).contains("60%"));
        assertThat(story.corroborated()).filteredOn(r -> r.claim() != null && r.claim().value() == 60)
                .flatMap(Report::citations).anySatisfy(c -> assertThat(c.outlet()).isEqualTo("Evening Post"));
    }
}

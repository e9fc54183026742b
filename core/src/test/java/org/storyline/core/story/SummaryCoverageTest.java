package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;

class SummaryCoverageTest {

    private static ArticleAnalysis ledger() {
        return article("l1", "Valley Ledger",
                "The dam on the Orrin River burst on Sunday night, flooding three villages downstream.",
                "But officials had warned of cracks in the wall for two years.",
                "A local bakery handed out bread to volunteers filling sandbags near the church.",
                "The regional council said it would pay for the repairs from its emergency fund.")
                .published("2025-04-06").build();
    }

    private static ArticleAnalysis post() {
        return article("p1", "Northern Post",
                "Three villages were flooded when the dam on the Orrin River burst late on Sunday.",
                "Rescuers in boats reached families stranded on rooftops by Monday morning.",
                "The regional council said it would pay for the repairs from its emergency fund.")
                .published("2025-04-07").build();
    }

    private static ArticleAnalysis wire() {
        return article("w1", "Meridian Wire",
                "The dam on the Orrin River burst on Sunday, and the water flooded three villages.",
                "Rescuers in boats reached families stranded on rooftops on Monday.",
                "A school gymnasium in the valley became a shelter for 200 people.")
                .published("2025-04-07").build();
    }

    private static StoryView flood(StorySettings settings) {
        return new StoryAssembler(settings).assemble("f1", List.of(ledger(), post(), wire()), Map.of());
    }

    private static StorySettings words(int budget) {
        var d = StorySettings.DEFAULTS;
        return new StorySettings(d.alignThreshold(), d.anchoredThreshold(), d.anchoredTerms(), d.strongThreshold(),
                d.quoteOverlap(), d.measureOverlap(), d.exactTolerance(), d.hedgedTolerance(), d.contradiction(),
                budget, d.summaryConceptShare(), d.summaryLeadBoost(), d.minSummaryWords(), d.maxSummaryWords());
    }

    private static int words(SummarySentence s) {
        return s.text().split("\\s+").length;
    }

    @Test
    void opensOnWhatEveryOutletReports() {
        assertThat(flood(StorySettings.DEFAULTS).summary().get(0).text()).contains("dam on the Orrin River burst");
    }

    @Test
    void statementAlignedAcrossOutletsIsSaidOnce() {
        assertThat(flood(StorySettings.DEFAULTS).summary()).filteredOn(s -> s.text().contains("burst")).hasSize(1);
    }

    @Test
    void stopsOnceItsWordBudgetIsSpent() {
        var summary = flood(words(20)).summary();
        int total = summary.stream().mapToInt(SummaryCoverageTest::words).sum();
        int last = words(summary.get(summary.size() - 1));
        assertThat(total - last).isLessThan(20);
    }

    @Test
    void leavesOutASentenceThatLeansOnTheOneBefore() {
        assertThat(flood(StorySettings.DEFAULTS).summary()).noneMatch(s -> s.text().startsWith("But"));
    }

    @Test
    void everySentenceCitesTheArticlesCarryingIt() {
        var summary = flood(StorySettings.DEFAULTS).summary();
        assertThat(summary).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
        assertThat(summary.get(0).outlets()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aLoneArticleStillHasASummary() {
        var view = new StoryAssembler().assemble("one", List.of(ledger()), Map.of());
        assertThat(view.summary()).isNotEmpty().allSatisfy(s -> assertThat(s.outlets()).containsExactly("Valley Ledger"));
    }
}

package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;

class StorylineArcTest {

    private final StoryAssembler events = new StoryAssembler();

    private StoryView event(String id, String day, String... paragraphs) {
        return events.assemble(id, List.of(article(id + "-1", "Harbour Gazette", paragraphs).published(day).build()), Map.of());
    }

    private StoryView strike() {
        return event("s-strike", "2024-05-02",
                "Dock workers at Port Alder walked out on Thursday over the new shift rota.",
                "The canteen will close early on Fridays this summer, managers said.");
    }

    private StoryView talks() {
        return event("s-talks", "2024-05-09",
                "Talks to end the dock workers' strike at Port Alder broke down over the shift rota.",
                "A regional choir performed at the harbour festival on Saturday evening.");
    }

    private StoryView deal() {
        return event("s-deal", "2024-05-20",
                "Dock workers at Port Alder voted to end their strike after the port dropped the shift rota.",
                "Traffic on the coast road was slow because of roadworks near the marina.");
    }

    private static List<String> texts(List<SummarySentence> arc) {
        return arc.stream().map(SummarySentence::text).toList();
    }

    @Test
    void takesWhatTheEventsShareOverWhatOneEventMentionsInPassing() {
        var arc = texts(StorylineArc.of(List.of(strike(), talks(), deal()), 45, 5));
        assertThat(arc).isNotEmpty().allSatisfy(t -> assertThat(t).contains("shift rota"));
        assertThat(arc).noneMatch(t -> t.contains("canteen") || t.contains("choir") || t.contains("roadworks"));
    }

    @Test
    void tellsTheArcInTheOrderTheEventsHappened() {
        var arc = texts(StorylineArc.of(List.of(strike(), talks(), deal()), 45, 5));
        assertThat(arc).hasSizeGreaterThanOrEqualTo(2);
        assertThat(arc.get(arc.size() - 1)).contains("voted to end");
        assertThat(arc.get(0)).doesNotContain("voted to end");
    }

    private StoryView covered(String id, String day, String lead, String detail) {
        return events.assemble(id, List.of(
                article(id + "-1", "Harbour Gazette", lead, detail).published(day).build(),
                article(id + "-2", "Coast Herald", lead, "Union leaders met in the evening.").published(day).build()), Map.of());
    }

    private static org.storyline.core.model.ArticleAnalysis startReport(String id, String outlet) {
        return article(id, outlet, "Dock workers at Port Alder walked out over the new shift rota.",
                "Ships queued outside the harbour as the strike began.",
                "Managers said ferry crossings to the islands would run as normal during the strike.").published("2024-05-02").build();
    }

    @Test
    void tellsEveryCoveredDevelopmentEvenWhenTheirLeadsRunOverTheBudget() {
        var walkout = covered("s-walkout", "2024-05-02",
                "Dock workers at Port Alder walked out on Thursday over the new shift rota that the port imposed without consulting the union.",
                "The canteen will close early on Fridays this summer.");
        var report = covered("s-report", "2024-05-09",
                "An inquiry into the Port Alder dock strike found that the shift rota had been drawn up without a safety review of the night cranes.",
                "A regional choir performed at the harbour festival.");
        var vote = covered("s-vote", "2024-05-20",
                "Dock workers at Port Alder voted to end their strike after the port dropped the shift rota and agreed to a safety review of the night cranes.",
                "Traffic on the coast road was slow.");
        var arc = texts(StorylineArc.of(List.of(walkout, report, vote), 45, 5));
        assertThat(arc).hasSize(3);
        assertThat(arc.get(0)).contains("walked out");
        assertThat(arc.get(1)).contains("inquiry");
        assertThat(arc.get(2)).contains("voted to end");
    }

    @Test
    void tellsTheLatestDevelopmentSeveralOutletsCoveredEvenBesideABiggerStart() {
        var start = events.assemble("s-start", List.of(
                startReport("a1", "Harbour Gazette"), startReport("a2", "Coast Herald"), startReport("a3", "Valley Ledger")),
                Map.of());
        var end = covered("s-end", "2024-05-20",
                "Dock workers at Port Alder voted to end their strike after the port dropped the shift rota.",
                "The first ships were unloaded on Monday night.");
        var arc = texts(StorylineArc.of(List.of(start, end), 30, 5));
        assertThat(arc).anySatisfy(t -> assertThat(t).contains("voted to end"));
        assertThat(arc.get(0)).contains("walked out");
    }

    @Test
    void twoEventsThatOpenAlikeAreToldOnce() {
        var first = covered("s-first", "2024-05-02", "Dock workers at Port Alder walked out over the new shift rota.",
                "Ships queued outside the harbour.");
        var second = covered("s-second", "2024-05-09", "Dock workers at Port Alder walked out over the new shift rota again.",
                "Managers said the strike would be short.");
        var arc = texts(StorylineArc.of(List.of(first, second), 200, 5));
        assertThat(arc).filteredOn(t -> t.contains("walked out")).hasSize(1);
    }

    @Test
    void neverRepeatsWhatAnEarlierEventAlreadySaid() {
        var again = event("s-again", "2024-05-03",
                "Dock workers at Port Alder walked out on Thursday over the new shift rota, the union said.");
        var arc = texts(StorylineArc.of(List.of(strike(), again, deal()), 200, 5));
        assertThat(arc).filteredOn(t -> t.contains("walked out")).hasSize(1);
    }
}

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

    @Test
    void neverRepeatsWhatAnEarlierEventAlreadySaid() {
        var again = event("s-again", "2024-05-03",
                "Dock workers at Port Alder walked out on Thursday over the new shift rota, the union said.");
        var arc = texts(StorylineArc.of(List.of(strike(), again, deal()), 200, 5));
        assertThat(arc).filteredOn(t -> t.contains("walked out")).hasSize(1);
    }
}

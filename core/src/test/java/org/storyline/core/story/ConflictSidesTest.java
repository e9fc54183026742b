package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.ConflictKind;
import org.storyline.core.model.Report;

class ConflictSidesTest {

    private static ArticleAnalysis budget(String id, String outlet, String amount, double value) {
        return article(id, outlet, "The ministry will spend " + amount + " on new flood barriers along the Vell estuary, officials said on Monday.")
                .claim(null, "spend", value, "EUR", false, amount).build();
    }

    @Test
    void outletsAgreeingOnAValueShareOneSideOfOneConflict() {
        var story = new StoryAssembler().assemble("s", List.of(
                budget("a", "Estuary News", "1.3 billion euros", 1.3e9),
                budget("b", "Vell Courier", "1.3 billion euros", 1.3e9),
                budget("c", "Coastal Daily", "1.8 billion euros", 1.8e9)), Map.of());
        assertThat(story.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.sides()).hasSize(2);
            assertThat(c.sides()).extracting(Report::outlets)
                    .containsExactlyInAnyOrder(List.of("Coastal Daily"), List.of("Estuary News", "Vell Courier"));
        });
    }

    @Test
    void twoValuesOneOutletPrintsInTwoArticlesAreNoConflict() {
        var story = new StoryAssembler().assemble("s", List.of(
                budget("a", "Estuary News", "1.3 billion euros", 1.3e9),
                budget("b", "Estuary News", "1.8 billion euros", 1.8e9)), Map.of());
        assertThat(story.conflicts()).isEmpty();
    }

    @Test
    void aSentenceDenyingWhatAnotherReportsIsAConflict() {
        var drunk = article("d", "Estuary News", "Police said the driver of the ferry bus was drunk when it left the Vell road.").build();
        var sober = article("s", "Vell Courier", "Police said the driver of the ferry bus was not drunk when it left the Vell road.").build();
        var story = new StoryAssembler().assemble("s", List.of(drunk, sober), Map.of());
        assertThat(story.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.STATEMENT));
    }

    @Test
    void aNegationThatDeniesSomethingElseIsNoConflict() {
        var one = article("o", "Estuary News", "The ferry owners hoped the new timetable would win the riders back this way.").build();
        var two = article("t", "Vell Courier", "The ferry owners hoped the new timetable would win the riders back, but it has not worked out that way.").build();
        var story = new StoryAssembler().assemble("s", List.of(one, two), Map.of());
        assertThat(story.conflicts()).isEmpty();
    }

    @Test
    void orderOfMagnitudeInWordsDoesNotConflictWithAFigure() {
        var words = article("w", "Estuary News", "Tens of thousands of residents were told to leave the Vell estuary on Monday as the barriers failed.")
                .claim(null, "residents told to leave", 20_000, "residents", true, "Tens of thousands").build();
        var figure = article("f", "Vell Courier", "About 38,000 residents were told to leave the Vell estuary on Monday as the barriers failed.")
                .claim(null, "residents told to leave", 38_000, "residents", true, "38,000").build();
        assertThat(new StoryAssembler().assemble("s", List.of(words, figure), Map.of()).conflicts()).isEmpty();
    }

    @Test
    void aGroupHoldsOneSentenceOfEachArticle() {
        var first = article("x", "Estuary News",
                "The barriers on the Vell estuary failed on Monday night.",
                "Engineers said the barriers on the Vell estuary failed because of a pump fault.").build();
        var second = article("y", "Vell Courier", "The barriers on the Vell estuary failed on Monday night after a pump fault.").build();
        var story = new StoryAssembler().assemble("s", List.of(first, second), Map.of());
        assertThat(story.corroborated()).allSatisfy(r ->
                assertThat(r.citations().stream().map(c -> c.articleId()).distinct().count()).isEqualTo(r.citations().size()));
    }
}

package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;

/** Coverage that gives the story stage little or odd material: each is shown plainly, never thrown on. */
class StoryBadInputTest {

    private final StoryAssembler assembler = new StoryAssembler();

    @Test
    void storyOfOneArticleSaysThereIsNothingToCorroborate() {
        var story = assembler.assemble("s", List.of(StoryAssemblerTest.gazette()), Map.of());
        assertThat(story.corroborated()).isEmpty();
        assertThat(story.onlyIn()).isEmpty();
        assertThat(story.summary()).isNotEmpty();
        assertThat(story.people()).isNotEmpty();
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).contains("only one independent report"));
    }

    @Test
    void undatedArticlesLeaveNoPeriodAndSaySo() {
        var story = assembler.assemble("s", List.of(undated("u1", "Harbour Gazette"), undated("u2", "Coast Herald")), Map.of());
        assertThat(story.period()).isNull();
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).contains("no article carries a publication date"));
        assertThat(story.corroborated()).isNotEmpty();
    }

    @Test
    void articlesAllFromOneOutletAreNotCorroboration() {
        var second = article("a2", "Harbour Gazette",
                "Emergency crews searched the river on Tuesday after the Kessel Bridge collapsed during the rush hour.",
                "Divers joined the search in the afternoon.").published("2024-03-05").build();
        var story = assembler.assemble("s", List.of(StoryAssemblerTest.gazette(), second), Map.of());
        assertThat(story.corroborated()).isEmpty();
        assertThat(story.onlyIn()).isEmpty();
        assertThat(story.outlets()).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("Harbour Gazette"));
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).contains("every article is from Harbour Gazette"));
    }

    @Test
    void identicalFilesCountOnce() {
        var story = assembler.assemble("s", List.of(StoryAssemblerTest.gazette(), StoryAssemblerTest.gazette()), Map.of());
        assertThat(story.articles()).hasSize(1);
        assertThat(story.corroborated()).isEmpty();
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).contains("same content"));
    }

    @Test
    void articleInAnotherLanguageIsListedButNotCompared() {
        var german = article("d1", "Hafenblatt",
                "Nach dem Einsturz der Kessel-Br\u00fccke suchten Rettungskr\u00e4fte am Dienstag den Fluss ab.",
                "B\u00fcrgermeisterin Maria Lopez k\u00fcndigte eine unabh\u00e4ngige Untersuchung an.")
                .published("2024-03-05").language("de").build();
        var story = assembler.assemble("s",
                List.of(StoryAssemblerTest.gazette(), StoryAssemblerTest.herald(), german), Map.of());
        assertThat(story.articles()).extracting(a -> a.outlet()).contains("Hafenblatt");
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).contains("Hafenblatt").contains("'de'"));
        assertThat(story.corroborated()).allSatisfy(r -> assertThat(r.outlets()).doesNotContain("Hafenblatt"));
    }

    @Test
    void articleWithoutTextOrAnnotationDoesNotBreakTheStory() {
        var empty = article("e1", null).build();
        var story = assembler.assemble("s", List.of(empty, StoryAssemblerTest.herald()), Map.of());
        assertThat(story.articles()).hasSize(2);
        assertThat(story.outlets()).anySatisfy(o -> assertThat(o.name()).contains("e1.txt"));
    }

    @Test
    void noArticlesAtAllGiveAnEmptyStory() {
        var story = assembler.assemble("s", List.of(), Map.of());
        assertThat(story.title()).isNotBlank();
        assertThat(story.notes()).contains("no articles");
    }

    @Test
    void unannotatedArticleIsStillComparedByItsWords() {
        var plain = article("p1", "River Post",
                "Emergency crews searched the river on Tuesday after the Kessel Bridge collapsed during the morning rush hour. "
                        + "Officials gave no further details.").published("2024-03-05").buildWithoutSentences();
        var story = assembler.assemble("s", List.of(StoryAssemblerTest.gazette(), plain), Map.of());
        assertThat(story.corroborated()).anySatisfy(r -> assertThat(r.outlets()).contains("River Post", "Harbour Gazette"));
    }

    private static ArticleAnalysis undated(String id, String outlet) {
        return article(id, outlet,
                "Emergency crews searched the river after the Kessel Bridge collapsed during the morning rush hour.",
                "Officials have not said what caused the collapse of the old steel bridge.").build();
    }
}

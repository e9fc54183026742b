package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.OnlyIn;
import org.storyline.core.model.StoryArticle;

class NearDuplicateInStoryTest {

    private static ArticleAnalysis wire(String id, String outlet, String intro) {
        return article(id, outlet, intro,
                "Dock workers at the port of Varna walked out on Monday over a new shift system, halting container traffic.",
                "The union said the strike would last until the operator withdrew the plan.")
                .published("2024-05-06").build();
    }

    private static ArticleAnalysis local() {
        return article("l1", "Varna Daily",
                "A new shift system at the container terminal takes effect next month, the operator confirmed.",
                "Ferry services to Odesa were not affected.")
                .published("2024-05-06").build();
    }

    private final StoryAssembler assembler = new StoryAssembler();

    @Test
    void copyOfAWireStoryIsNotCorroboration() {
        var story = assembler.assemble("s", List.of(wire("w1", "Wire Service", "By the newsdesk."),
                wire("w2", "Coastal Times", "From our partners."), local()), Map.of("w2", "w1"));
        assertThat(story.corroborated()).noneSatisfy(r -> assertThat(r.text()).contains("Dock workers"));
        assertThat(story.onlyIn()).filteredOn(o -> o.outlet().equals("Wire Service")).flatExtracting(OnlyIn::reports)
                .anySatisfy(r -> {
                    assertThat(r.text()).contains("Dock workers");
                    assertThat(r.outlets()).containsExactly("Wire Service", "Coastal Times");
                    assertThat(r.independentReports()).isEqualTo(1);
                });
    }

    @Test
    void copyIsListedWithItsOriginal() {
        var story = assembler.assemble("s", List.of(wire("w1", "Wire Service", "By the newsdesk."),
                wire("w2", "Coastal Times", "From our partners."), local()), Map.of("w2", "w1"));
        assertThat(story.articles()).filteredOn(a -> a.id().equals("w2")).extracting(StoryArticle::duplicateOf)
                .containsExactly("w1");
        assertThat(story.outlets()).extracting(o -> o.name()).contains("Coastal Times");
    }

    @Test
    void duplicateLinkToAnArticleOutsideTheStoryIsIgnored() {
        var story = assembler.assemble("s", List.of(wire("w2", "Coastal Times", "From our partners."), local()),
                Map.of("w2", "elsewhere"));
        assertThat(story.articles()).allSatisfy(a -> assertThat(a.duplicateOf()).isNull());
    }
}

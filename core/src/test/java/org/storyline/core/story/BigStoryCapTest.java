package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;

/** A story of more independent reports than a view compares still hears every outlet and lists every article. */
class BigStoryCapTest {

    private static final String BRIDGE = "The Varn river bridge reopened to traffic on Monday after eight months of repairs.";

    private static StoryView bigStory() {
        var articles = new ArrayList<ArticleAnalysis>();
        LocalDate day = LocalDate.parse("2025-01-01");
        // one prolific outlet files first and often; its earliest report carries the bridge sentence
        for (int i = 0; i <= StoryAssembler.MAX_COMPARED; i++) {
            String text = i == 0 ? BRIDGE : "Council bulletin " + i + " lists road works in district " + (i % 17) + ".";
            articles.add(article("d" + i, "Valley Daily", text).published(day.plusDays(i / 10).toString()).build());
        }
        // the second outlet's only report comes last
        articles.add(article("late", "Ridge Courier", BRIDGE.replace("on Monday", "on Monday morning"))
                .published(day.plusDays(60).toString()).build());
        return new StoryAssembler().assemble("big", articles, Map.of());
    }

    @Test
    void everyOutletsFirstReportIsComparedBeforeAnyOutletsSecond() {
        var story = bigStory();
        assertThat(story.corroborated()).anySatisfy(r ->
                assertThat(r.outlets()).containsExactlyInAnyOrder("Valley Daily", "Ridge Courier"));
    }

    @Test
    void reportsBeyondTheCapAreListedAndSaidToBeUncompared() {
        var story = bigStory();
        assertThat(story.articles()).hasSize(StoryAssembler.MAX_COMPARED + 2);
        assertThat(story.notes()).anySatisfy(n -> assertThat(n).startsWith("2 more reports are listed"));
    }
}

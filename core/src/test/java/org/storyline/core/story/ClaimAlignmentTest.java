package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.StoryView;

class ClaimAlignmentTest {

    private static StoryView shells(double otherValue, boolean hedged, String written) {
        var first = article("c1", "North Wire",
                "The alliance has delivered about 300,000 artillery shells to the front so far, officials said.")
                .claim("alliance", "artillery shells delivered", 300_000, "shells", true, "300,000").build();
        var second = article("c2", "South Courier",
                "Officials in the capital counted " + written + " shells handed over by the alliance since spring.")
                .claim("alliance", "artillery shells delivered", otherValue, "shells", hedged, written).build();
        return new StoryAssembler().assemble("s", List.of(first, second), Map.of());
    }

    @Test
    void hedgedValuesWithinRoundingCorroborate() {
        var story = shells(296_000, false, "296,000");
        assertThat(story.conflicts()).isEmpty();
        assertThat(story.corroborated()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReportKind.CLAIM);
            assertThat(r.outlets()).containsExactly("North Wire", "South Courier");
        });
    }

    @Test
    void valuesBeyondRoundingConflict() {
        var story = shells(200_000, false, "200,000");
        assertThat(story.corroborated()).isEmpty();
        assertThat(story.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.measure()).isEqualTo("artillery shells delivered"));
    }
}

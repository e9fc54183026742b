package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

class StoryGroupingTest {

    private static ArticleProfile report(String id, int axis, String... names) {
        float[] v = new float[8];
        v[axis] = 1f;
        return new ArticleProfile(id, "outlet-" + id, Instant.parse("2026-03-02T08:00:00Z"), v,
                Map.of(EntityType.PERSON, Set.of(names)), Map.of("word" + axis, 3));
    }

    @Test
    void copyJoinsTheStoryOfItsOriginal() {
        StoryGrouping grouping = new StoryGrouping();
        grouping.place(report("tram", 0, "Irene Castell"));
        grouping.place(report("flood", 5, "Marrow Bay"));
        grouping.copy("tram-copy", "tram");
        assertThat(grouping.groups()).hasSize(2);
        assertThat(grouping.storyOf("tram-copy")).isEqualTo(grouping.storyOf("tram"));
        assertThat(grouping.groups().get(0).articles()).containsExactly("tram", "tram-copy");
        assertThat(grouping.groups().get(0).duplicateOf()).containsExactly(Map.entry("tram-copy", "tram"));
    }

    @Test
    void copyOfACopyFollowsTheChainToThePlacedOriginal() {
        StoryGrouping grouping = new StoryGrouping();
        grouping.copy("third", "second");
        grouping.copy("second", "first");
        grouping.place(report("first", 0, "Irene Castell"));
        assertThat(grouping.groups()).singleElement()
                .satisfies(g -> assertThat(g.articles()).containsExactlyInAnyOrder("first", "second", "third"))
                .satisfies(g -> assertThat(g.duplicateOf()).containsEntry("third", "second"));
    }

    @Test
    void copyOfAnUnplacedArticleFormsItsOwnGroup() {
        StoryGrouping grouping = new StoryGrouping();
        grouping.copy("orphan", "never-placed");
        assertThat(grouping.groups()).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo("copy-of-never-placed"));
    }
}

package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

/**
 * Two stories begun apart are merged by the article that shows they are one, when the other story is within
 * {@link ClusterSettings#mergeReach()} of the join threshold for that article, even if it is not over it.
 * Join is set above what the second report scores against the first, merge well under it.
 */
class MergeReachTest {

    private static ArticleProfile report(String id, float x, float y) {
        return new ArticleProfile(id, null, null, new float[] {x, y, 0, 0},
                Map.of(EntityType.PERSON, Set.of("Odile Marchetti")), Map.of("ferri", 2, "strike", 1));
    }

    private static Assignment third(double reach) {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withThresholds(0.99, 0.5)
                .withMergeReach(reach));
        assigner.assign(report("first", 1, 0));
        assigner.assign(report("second", 1, 1));
        return assigner.assign(report("third", 1, 0));
    }

    @Test
    void theSecondReportStartsAStoryOfItsOwn() {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withThresholds(0.99, 0.5));
        assigner.assign(report("first", 1, 0));
        assertThat(assigner.assign(report("second", 1, 1)).newStory()).isTrue();
    }

    @Test
    void aStoryWithinReachIsMerged() {
        assertThat(third(0.2).merged()).containsExactly("s2");
    }

    @Test
    void aStoryOutOfReachIsNot() {
        assertThat(third(0).merged()).isEmpty();
    }
}

package org.storyline.core;

import java.util.List;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;

/** Groups a run's analyses into stories. */
final class StoryGroups {

    private StoryGroups() {
    }

    static List<StoryRun.StoryGroup> of(List<ArticleAnalysis> analyses) {
        // interim until the cluster stage lands: one story of everything
        return analyses.isEmpty() ? List.of() : List.of(new StoryRun.StoryGroup("s1", analyses, Map.of()));
    }
}

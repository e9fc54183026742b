package org.storyline.core.store;

import java.util.List;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;

/** Writes a story's view from all of its articles; the {@code story} stage's assembler fits here. */
@FunctionalInterface
public interface StoryEditor {

    /**
     * @param storyId     the story's id, to be the view's id
     * @param articles    the story's analyses, by publication date
     * @param duplicateOf for each near-duplicate article id, the id of the article it copies
     */
    StoryView assemble(String storyId, List<ArticleAnalysis> articles, Map<String, String> duplicateOf);
}

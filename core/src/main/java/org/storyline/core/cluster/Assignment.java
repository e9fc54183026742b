package org.storyline.core.cluster;

import java.util.List;

/**
 * Where {@link StoryAssigner} put one article.
 *
 * @param articleId the article
 * @param storyId   the story it is now in
 * @param newStory  whether the article started that story
 * @param merged    stories that turned out to be this one and were merged into it (their ids now
 *                  resolve to {@code storyId})
 * @param score     the decision score against the story it joined; 0 for a new story
 */
public record Assignment(String articleId, String storyId, boolean newStory, List<String> merged, double score) {

    public Assignment {
        merged = List.copyOf(merged);
    }
}

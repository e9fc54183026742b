package org.storyline.core.store;

/**
 * Where a {@link StoryPlacer} puts an article.
 *
 * @param storyId     the stored story it joins, or {@code null} to start a new story
 * @param duplicateOf the stored article it copies (a wire copy, a light edit), or {@code null}
 */
public record Placement(String storyId, String duplicateOf) {

    public static Placement newStory() {
        return new Placement(null, null);
    }
}

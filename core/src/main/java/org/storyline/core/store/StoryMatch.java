package org.storyline.core.store;

/** A stored story proposed as the home of a new article, with how well it matched. */
public record StoryMatch(String storyId, float score) {
}

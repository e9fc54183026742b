package org.storyline.core.store;

import java.io.IOException;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Decides where a new article goes: into a stored story, or a new one. Implementations may query the
 * archive (which already holds every earlier article and story, committed or not).
 */
public interface StoryPlacer {

    /** The article's story-candidate vector, or {@code null} when the placer uses none. */
    float[] vector(ArticleAnalysis analysis, Archive archive) throws IOException;

    /**
     * @param vector  what {@link #vector} gave for this article
     * @param started stories started earlier in the same batch, which the archive's searches do not see yet
     * @return the story to join, or {@link Placement#newStory()} to start one
     */
    Placement place(ArticleAnalysis analysis, float[] vector, Archive archive, java.util.List<StartedStory> started)
            throws IOException;
}

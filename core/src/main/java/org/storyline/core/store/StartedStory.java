package org.storyline.core.store;

import java.time.LocalDate;

/**
 * A story started by an article of the current batch: not yet searchable in the archive (the index
 * is refreshed once a batch, not once an article, which would cost a segment flush each time), so
 * placers compare new articles with these directly.
 *
 * @param storyId the new story's id
 * @param vector  its founding article's vector, or {@code null}
 * @param day     its founding article's publication day, or {@code null}
 */
public record StartedStory(String storyId, float[] vector, LocalDate day) {
}

package org.storyline.core.store;

/** How many articles, stories (events), storylines and distinct quotes an archive holds. */
public record ArchiveCounts(long articles, long stories, long storylines, long quotes) {
}

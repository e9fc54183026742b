package org.storyline.core.store;

/** How a list of stories is ordered. */
public enum StoryOrder {
    /** Latest publication day first. */
    RECENT,
    /** Most articles first. */
    SIZE
}

package org.storyline.core.model;

/** What an {@link Entity} is. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE
}

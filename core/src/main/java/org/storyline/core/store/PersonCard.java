package org.storyline.core.store;

import java.util.List;
import org.storyline.core.model.EntityType;

/**
 * A quoted person, or an organisation quoted as a source ("Justice Department said"), across the archive.
 *
 * @param id      the {@link PersonId}
 * @param name    the canonical name
 * @param quotes  how many distinct quotes of theirs the archive holds
 * @param stories the ids of the stories quoting them, newest first
 * @param kind    {@link EntityType#ORGANIZATION} when the stories quoting them mostly type them as one, else
 *                {@link EntityType#PERSON}
 */
public record PersonCard(String id, String name, long quotes, List<String> stories, EntityType kind) {

    /** Whether this is an organisation, not a person. */
    public boolean organization() {
        return kind == EntityType.ORGANIZATION;
    }
}

package org.storyline.core.store;

import java.util.List;

/**
 * A quoted person across the archive.
 *
 * @param id      the {@link PersonId}
 * @param name    the canonical name
 * @param quotes  how many distinct quotes of theirs the archive holds
 * @param stories the ids of the stories quoting them, newest first
 */
public record PersonCard(String id, String name, long quotes, List<String> stories) {
}

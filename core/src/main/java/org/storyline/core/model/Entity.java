package org.storyline.core.model;

import java.util.List;

/**
 * One person, organisation or place of an article, with all the mentions that refer to it
 * ("U.S. Secretary of State Antony Blinken", "Blinken", "he").
 *
 * @param id       id unique within the article ({@code e1}, {@code e2}, ...)
 * @param type     what it is
 * @param name     canonical name, the longest proper name used for it ("Antony Blinken")
 * @param roles    titles and roles, without the name ("U.S. Secretary of State")
 * @param mentions where it is mentioned, pronouns included
 */
public record Entity(String id, EntityType type, String name, List<String> roles, List<Span> mentions) {

    public Entity {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}

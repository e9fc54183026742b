package org.storyline.core.model;

/**
 * One person credited for an article.
 *
 * @param name  the name as written (never expanded: a byline of only "John" stays "John")
 * @param role  what they did
 * @param place where they reported from ("Additional reporting by Max Hunder in Kyiv"), or {@code null}
 */
public record Credit(String name, CreditRole role, String place) {
}

package org.storyline.core.model;

/**
 * Who a quote is attributed to.
 *
 * @param entityId the resolved {@link Entity#id()}, or {@code null} when the speaker is not a known
 *                 entity ("a senior official")
 * @param name     the entity's canonical name, or the speaker text when unresolved
 * @param mention  where the speaker is named at the attribution (may be a pronoun), or {@code null}
 */
public record Speaker(String entityId, String name, Span mention) {
}

package org.storyline.core.model;

/**
 * Who a quote is attributed to.
 *
 * @param entityId the resolved {@link Entity#id()}, or {@code null} when the speaker is not a known
 *                 entity ("a senior official")
 * @param name     the entity's canonical name, or the speaker text when unresolved
 * @param mention  where the speaker is named at the attribution (may be a pronoun), or {@code null}
 * @param kind     {@link EntityType#PERSON} or {@link EntityType#ORGANIZATION}, never a place: a place that
 *                 speaks ("Russia insisted", "Ostwick said") is its government, an organisation; {@code null}
 *                 when the words do not say ("they", "a statement"), and in analyses stored before speakers
 *                 were typed
 */
public record Speaker(String entityId, String name, Span mention, EntityType kind) {

    public Speaker {
        kind = kind == EntityType.PLACE ? EntityType.ORGANIZATION : kind;
    }

    public Speaker(String entityId, String name, Span mention) {
        this(entityId, name, mention, null);
    }
}

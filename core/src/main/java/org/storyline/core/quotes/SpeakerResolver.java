package org.storyline.core.quotes;

import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;

import java.util.List;

/**
 * Turns a speaker phrase into a {@link Speaker}: the entity mentioned in it (a person before an
 * organisation before a place, so "NATO Secretary General Jens Stoltenberg" is Stoltenberg and "Russia's
 * foreign ministry" the ministry's country only when nothing better is named), or the phrase itself when
 * it names no entity ("a senior official").
 */
final class SpeakerResolver {

    private static final List<EntityType> PREFERENCE = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

    private final List<Entity> entities;
    private final String text;

    SpeakerResolver(List<Entity> entities, String text) {
        this.entities = entities;
        this.text = text;
    }

    Speaker speaker(Span phrase) {
        for (EntityType type : PREFERENCE) {
            for (Entity e : entities) {
                if (e.type() != type) {
                    continue;
                }
                for (Span m : e.mentions()) {
                    if (m.overlaps(phrase)) {
                        return new Speaker(e.id(), e.name(), m);
                    }
                }
            }
        }
        return new Speaker(null, phrase.of(text).replaceAll("\\s+", " "), phrase);
    }
}

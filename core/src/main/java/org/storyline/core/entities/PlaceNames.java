package org.storyline.core.entities;

import org.storyline.core.model.EntityType;

import java.util.List;

/**
 * A one-word name the tagger takes for a person in one sentence and for a place in another ("the leak at
 * Lindmoor", "Lindmoor would still ask") is the place: a person the article names only by one word, with no
 * title, role or full name anywhere, is far more often a town or a river the tagger misread than a person,
 * when the article names the place at least as often as the person. A full name ("Jordan Peele"), a titled
 * one ("Mr. Jordan") or a surname the article names again and again ("Trump") stays a person.
 */
final class PlaceNames {

    private PlaceNames() {
    }

    /** Moves such a person's mentions to the place of the same name, or makes the person that place. */
    static void absorb(List<EntityResolver.Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EntityResolver.Draft person = drafts.get(i);
            if (!person.isBareOneWordPerson()) {
                continue;
            }
            EntityResolver.Draft place = drafts.stream()
                    .filter(d -> d.type == EntityType.PLACE && d.tokens.equals(person.tokens)).findFirst().orElse(null);
            int asPerson = person.mentions.size() - person.placeMentions;
            if (place != null && place.mentions.size() >= asPerson) {
                place.mentions.addAll(person.mentions);
                drafts.remove(i);
            } else if (place == null && person.placeMentions >= asPerson) {
                // the place came second and joined the person's entity: "Lindmoor would …", then "at Lindmoor"
                EntityResolver.Draft named = new EntityResolver.Draft(EntityType.PLACE, person.name, person.tokens);
                named.mentions.addAll(person.mentions);
                drafts.set(i, named);
            }
        }
    }
}

package org.storyline.core.entities;

import org.storyline.core.model.EntityType;

import java.util.List;

/**
 * A name of two or more words the tagger takes for a person in one sentence and for a place or an
 * organisation in another ("Hun Sen said …", "… met Hun Sen in Phnom Penh" tagged a place) is the person, when
 * the article names the person at least as often: one person's full name is rarely also a town's or a
 * company's in the same story. One-word names go the other way ({@link PlaceNames}).
 */
final class MistypedNames {

    private MistypedNames() {
    }

    /** Moves the mentions of each place or organisation that bears a person's full name to that person. */
    static void absorb(List<EntityResolver.Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EntityResolver.Draft other = drafts.get(i);
            if (other.type == EntityType.PERSON || other.tokens.size() < 2) {
                continue;
            }
            EntityResolver.Draft person = drafts.stream()
                    .filter(d -> d.type == EntityType.PERSON && d.tokens.equals(other.tokens)).findFirst().orElse(null);
            if (person != null && person.mentions.size() >= other.mentions.size()) {
                person.mentions.addAll(other.mentions);
                drafts.remove(i);
            }
        }
    }
}

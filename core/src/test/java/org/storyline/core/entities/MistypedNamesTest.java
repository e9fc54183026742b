package org.storyline.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;

class MistypedNamesTest {

    private static EntityResolver.Draft draft(EntityType type, String name, int mentions) {
        var d = new EntityResolver.Draft(type, name, List.of(name.toLowerCase().split(" ")));
        for (int i = 0; i < mentions; i++) {
            d.mentions.add(new Span(100 * i + type.ordinal(), 100 * i + type.ordinal() + name.length()));
        }
        return d;
    }

    @Test
    void aFullNameTaggedOnceAsAPlaceIsThePerson() {
        var drafts = new ArrayList<>(List.of(draft(EntityType.PERSON, "Tom Welby", 3), draft(EntityType.PLACE, "Tom Welby", 1),
                draft(EntityType.ORGANIZATION, "Tom Welby", 2)));
        MistypedNames.absorb(drafts);
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.type).isEqualTo(EntityType.PERSON);
            assertThat(d.mentions).hasSize(6);
        });
    }

    @Test
    void aPlaceNamedMoreOftenThanThePersonOrOneWordNamesStayApart() {
        var drafts = new ArrayList<>(List.of(draft(EntityType.PERSON, "Kuala Lumpur", 1), draft(EntityType.PLACE, "Kuala Lumpur", 4),
                draft(EntityType.PERSON, "Sun", 2), draft(EntityType.ORGANIZATION, "Sun", 1)));
        MistypedNames.absorb(drafts);
        assertThat(drafts).hasSize(4);
    }
}

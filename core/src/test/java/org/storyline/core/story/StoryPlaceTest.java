package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

class StoryPlaceTest {

    @Test
    void aDatelineTheTextOpensWithIsWhereTheStoryHappens() {
        var a = article("a", "Wire", "BRANDVIK, May 2 - Firefighters battled a blaze at the paper mill.")
                .dateline("BRANDVIK").build();
        assertThat(StoryPlace.of(List.of(a))).isEqualTo("Brandvik");
    }

    @Test
    void thePlaceMostReportsBearOutWins() {
        var one = article("a", "Wire", "BRANDVIK, May 2 - Firefighters battled a blaze at the paper mill.").dateline("BRANDVIK").build();
        var two = article("b", "Post", "Brandvik - The mill fire burned through the night.").dateline("Brandvik").build();
        var three = article("c", "Herald", "Osterby - Smoke from the mill fire reached the coast.").dateline("Osterby").build();
        assertThat(StoryPlace.of(List.of(three, one, two))).isEqualTo("Brandvik");
    }

    @Test
    void anOrganisationIsNeverAPlace() {
        var a = article("a", "Wire", "The Senate voted on Tuesday to extend the fishing ban for a year.")
                .dateline("Senate").named(EntityType.ORGANIZATION, "Senate", "Senate").build();
        assertThat(StoryPlace.of(List.of(a))).isNull();
    }

    @Test
    void aPlaceNamedOnceInPassingIsNotWhereTheStoryHappens() {
        var a = article("a", "Wire", "Prices in the euro zone rose 2.4 percent in May, the fastest since 2009 in China and Europe alike.")
                .dateline("China").named(EntityType.PLACE, "China", "China").build();
        assertThat(StoryPlace.of(List.of(a))).isNull();
    }

    @Test
    void aPlaceTheArticleComesBackToCountsWithoutADateline() {
        var a = article("a", "Wire", "Flood water reached the centre of Marlow on Sunday.",
                "Residents of Marlow were told to leave their homes.")
                .dateline("Marlow").named(EntityType.PLACE, "Marlow", "Marlow").build();
        assertThat(StoryPlace.of(List.of(a))).isEqualTo("Marlow");
    }
}

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

    @Test
    void aPlaceOnlyOneOfSeveralReportsBearsOutIsNotTheStorys() {
        var one = article("a", "Wire", "OSTERBY, May 2 - The union welcomed the end of the mill strike.").dateline("OSTERBY").build();
        var two = article("b", "Post", "The mill strike ended after nine days of talks.").build();
        var three = article("c", "Herald", "Workers returned to the mill on Friday.").build();
        assertThat(StoryPlace.of(List.of(one, two, three))).isNull();
    }

    @Test
    void betweenPlacesBorneOutEquallyTheOneMoreReportsNameWins() {
        var wye = article("a", "Wire", "The leaders met at Wye to sign the accord.", "The Wye accord set out the handover.")
                .dateline("Wye").named(EntityType.PLACE, "Wye", "Wye").build();
        var wye2 = article("b", "Post", "The accord signed at Wye faltered.", "Wye was meant to end the dispute.")
                .dateline("Wye").named(EntityType.PLACE, "Wye", "Wye").build();
        var gaza = article("c", "Herald", "GAZA - Crowds gathered for the president's visit.").dateline("GAZA")
                .named(EntityType.PLACE, "Gaza", "GAZA").build();
        var gaza2 = article("d", "Times", "GAZA - Security was tight before the visit.").dateline("GAZA")
                .named(EntityType.PLACE, "Gaza", "GAZA").build();
        var naming = article("e", "Daily", "The president will speak in Gaza next week.")
                .named(EntityType.PLACE, "Gaza", "Gaza").build();
        assertThat(StoryPlace.of(List.of(wye, wye2, gaza, gaza2, naming))).isEqualTo("Gaza");
    }

    @Test
    void aPlaceOneReportBearsOutAndMostNameIsTheStorys() {
        var one = article("a", "Wire", "LINDMOOR, May 2 - A leak turned the river red.").dateline("LINDMOOR")
                .named(EntityType.PLACE, "Lindmoor", "LINDMOOR").build();
        var two = article("b", "Post", "Residents of Lindmoor queued at water tankers.")
                .named(EntityType.PLACE, "Lindmoor", "Lindmoor").build();
        var three = article("c", "Herald", "Dead fish washed up below Lindmoor.")
                .named(EntityType.PLACE, "Lindmoor", "Lindmoor").build();
        assertThat(StoryPlace.of(List.of(one, two, three))).isEqualTo("Lindmoor");
    }
}

package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceTrimTest {

    @Test
    void dropsTheWeekdayOfTheReport() {
        assertThat(SentenceTrim.trimmed("The council said Tuesday the bridge would reopen."))
                .isEqualTo("The council said the bridge would reopen.");
        assertThat(SentenceTrim.trimmed("The mayor met the engineers on Friday night to plan repairs."))
                .isEqualTo("The mayor met the engineers to plan repairs.");
    }

    @Test
    void dropsAnOpeningWeekdayAndCapitalisesWhatFollows() {
        assertThat(SentenceTrim.trimmed("On Monday, divers found the second car."))
                .isEqualTo("Divers found the second car.");
    }

    @Test
    void keepsAWeekdayTheSentenceNeeds() {
        assertThat(SentenceTrim.trimmed("The ferry will not run until Friday, the operator said."))
                .isEqualTo("The ferry will not run until Friday, the operator said.");
        assertThat(SentenceTrim.trimmed("Tuesday's vote was delayed by the storm."))
                .isEqualTo("Tuesday's vote was delayed by the storm.");
        assertThat(SentenceTrim.trimmed("The story ran in a Sunday newspaper in the capital."))
                .isEqualTo("The story ran in a Sunday newspaper in the capital.");
    }

    @Test
    void dropsHereAfterAVerb() {
        assertThat(SentenceTrim.trimmed("Ministers met here with the harbour engineers."))
                .isEqualTo("Ministers met with the harbour engineers.");
    }

    @Test
    void dropsAsides() {
        assertThat(SentenceTrim.trimmed("The two parties _ rivals for a decade _ agreed to share power."))
                .isEqualTo("The two parties agreed to share power.");
        assertThat(SentenceTrim.trimmed("The agency (founded in 1950) closed its office."))
                .isEqualTo("The agency closed its office.");
    }

    @Test
    void leavesASentenceWithNothingToTrimAsItIs() {
        var sentence = "The dam on the Orrin River burst at dawn.";
        assertThat(SentenceTrim.trimmed(sentence)).isSameAs(sentence);
    }
}

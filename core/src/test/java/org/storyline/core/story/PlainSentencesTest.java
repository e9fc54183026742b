package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainSentencesTest {

    @Test
    void aFullStopBeforeACapitalEndsASentence() {
        assertThat(PlainSentences.spans("The dam held. Crews left at dawn.")).hasSize(2);
    }

    @Test
    void aTitleBeforeANameEndsNoSentence() {
        assertThat(PlainSentences.first("Gen. Arvo Lind met Sen. Kaja Mets on Monday. They spoke for an hour."))
                .isEqualTo("Gen. Arvo Lind met Sen. Kaja Mets on Monday.");
    }

    @Test
    void initialsAndAcronymsBeforeANameEndNoSentence() {
        assertThat(PlainSentences.first("A week before U.S. President Ann Roe arrives, Robert L. Tamm resigned. He"
                + " gave no reason.")).isEqualTo("A week before U.S. President Ann Roe arrives, Robert L. Tamm resigned.");
    }

    @Test
    void anAcronymBeforeAWordThatOpensSentencesEndsOne() {
        assertThat(PlainSentences.first("Exports rose in the U.S. The rise was small."))
                .isEqualTo("Exports rose in the U.S.");
    }

    @Test
    void aCompanySuffixEndsASentenceOnlyBeforeAnOpeningWord() {
        assertThat(PlainSentences.spans("Shares of Norrvik Corp. Holdings fell. They rose at Tallo Inc. The"
                + " rest held.")).hasSize(3);
    }

    @Test
    void aLowerCaseNoIsAWordNotATitle() {
        assertThat(PlainSentences.spans("The answer was no. Talks ended.")).hasSize(2);
    }
}

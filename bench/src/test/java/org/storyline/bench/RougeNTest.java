package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RougeNTest {

    private final RougeN rouge = new RougeN(new RougePorter(Map.of("said", "say")), 5);

    @Test
    void recallIsSharedReferenceBigramsOverReferenceBigrams() {
        assertThat(rouge.recall("the dam burst", List.of("the dam burst at night"), 2)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aRepeatedNgramCountsAsOftenAsTheReferenceHasIt() {
        assertThat(rouge.recall("dam dam dam", List.of("dam river"), 1)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void averagesOverReferences() {
        assertThat(rouge.recall("flood", List.of("flood", "rain"), 1)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void readsOnlyTheFirstWordsOfPeerAndReference() {
        assertThat(rouge.tokens("one two three four five six seven")).hasSize(5);
    }

    @Test
    void lowerCasesSplitsOnPunctuationAndStems() {
        assertThat(rouge.tokens("U.S. officials said")).containsExactly("u", "s", "offici", "sai");
    }
}

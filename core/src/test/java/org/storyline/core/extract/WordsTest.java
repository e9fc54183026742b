package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void squashMakesEachRunOfWhitespaceOneSpace() {
        assertThat(Words.squash("  The ferry\t\tleft\r\nat dawn. \f")).isEqualTo(" The ferry left at dawn. ");
    }

    @Test
    void squashLeavesANoBreakSpaceAsItIs() {
        assertThat(Words.squash("10\u00a0km  north")).isEqualTo("10\u00a0km north");
    }

    @Test
    void squashReturnsTextWithSingleSpacesAsItIs() {
        String line = "The ferry left at dawn.";
        assertThat(Words.squash(line)).isSameAs(line);
    }

    @Test
    void squashMakesALoneTabOrLineBreakASpace() {
        assertThat(Words.squash("quay\tside\nroad")).isEqualTo("quay side road");
    }

    @Test
    void countSkipsLeadingAndTrailingWhitespace() {
        assertThat(Words.count("  three short words \n")).isEqualTo(3);
        assertThat(Words.count(" \t ")).isZero();
    }
}

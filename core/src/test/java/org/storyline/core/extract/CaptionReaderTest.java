package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionReaderTest {

    private final CaptionReader captions = CaptionReader.standard();

    @Test
    void wireCreditMakesCaption() {
        String p = "A minister speaks in Oslo, Norway March 3, 2024. JANE ROE/Pool via NORTHFIELD";
        assertThat(captions.isCredited(p)).isTrue();
        assertThat(captions.withoutCredit(p)).isEqualTo("A minister speaks in Oslo, Norway March 3, 2024.");
    }

    @Test
    void parenthesisedSourceMakesCaption() {
        String p = "The mayor walks along the sea wall in Vaasa on Feb. 2, 2024. (City of Vaasa)";
        assertThat(captions.isCredited(p)).isTrue();
        assertThat(captions.withoutCredit(p)).endsWith("Feb. 2, 2024.");
    }

    @Test
    void fileLabelMakesCaption() {
        String p = "FILE - Ferry workers rally in Tallinn, May 2, 2024.";
        assertThat(captions.isCredited(p)).isTrue();
        assertThat(captions.withoutCredit(p)).isEqualTo("Ferry workers rally in Tallinn, May 2, 2024.");
    }

    @Test
    void presentTenseWithDateDescribesPicture() {
        assertThat(captions.describesPicture("A man walks past the closed ferry terminal in Tallinn, Estonia May 6, 2024.")).isTrue();
    }

    @Test
    void reportedProseIsNoCaption() {
        String p = "The minister said on Monday that the ferry strike had ended after nine days (Reuters).";
        assertThat(captions.isCredited("The unions agreed on a new pay deal on Monday.")).isFalse();
        assertThat(captions.describesPicture(p)).isFalse();
    }
}

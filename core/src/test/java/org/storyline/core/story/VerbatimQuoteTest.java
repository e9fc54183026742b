package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbatimQuoteTest {

    @Test
    void findsTheWordsInsideQuotationMarks() {
        var text = "The mayor has called it \u201ca bridge for the next hundred years\u201d and left.";
        var span = VerbatimQuote.find(text, "a bridge for the next hundred years");
        assertThat(span).isNotNull();
        assertThat(span.of(text)).isEqualTo("a bridge for the next hundred years");
    }

    @Test
    void sameWordsOutsideQuotationMarksAreNotTheQuote() {
        assertThat(VerbatimQuote.find("It is a bridge for the next hundred years, engineers say.",
                "a bridge for the next hundred years")).isNull();
    }

    @Test
    void shortQuotesAreNotLookedFor() {
        assertThat(VerbatimQuote.find("She said \"no comment\" twice.", "no comment")).isNull();
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextParagraphsTest {

    @Test
    void eachLineIsAParagraph() {
        assertThat(TextParagraphs.split("Subscribe\nThe ferry strike ended.\r\n\r\nCrossings resume today."))
                .containsExactly("Subscribe", "The ferry strike ended.", "Crossings resume today.");
    }

    @Test
    void rejoinsTextWrappedAtFixedWidth() {
        assertThat(TextParagraphs.split("The ferry strike ended on Monday after unions and the\noperators agreed on pay."))
                .containsExactly("The ferry strike ended on Monday after unions and the operators agreed on pay.");
    }

    @Test
    void dropsControlCharactersAndNoBreakSpaces() {
        assertThat(TextParagraphs.split("\ufeffThe\u00a0strike\u0007 ended.\u00a0\u00a0")).containsExactly("The strike ended.");
    }
}

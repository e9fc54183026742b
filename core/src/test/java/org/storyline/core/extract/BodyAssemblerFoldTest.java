package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyAssemblerFoldTest {

    @Test
    void foldsToLowerCaseLettersAndDigitsWithSingleSpaces() {
        assertThat(BodyAssembler.fold("  The FERRY, at 6:40 -- again!")).isEqualTo("the ferry at 6 40 again");
    }

    @Test
    void aLimitedFoldIsTheWholeFoldCut() {
        String text = "Élan: the ferry's 2nd run — at dawn…";
        String whole = BodyAssembler.fold(text);
        for (int limit = 0; limit <= whole.length() + 2; limit++) {
            assertThat(BodyAssembler.fold(text, limit)).isEqualTo(whole.substring(0, Math.min(limit, whole.length())));
        }
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private final PhraseSet set = new PhraseSet(List.of("sign up", "all rights reserved", "@", "é-mail", "up"));

    @Test
    void findsAPhraseAnywhereInTheText() {
        assertThat(set.foundIn("please sign up today")).isTrue();
        assertThat(set.foundIn("2031 all rights reserved")).isTrue();
    }

    @Test
    void findsAPhraseOfOneCharacter() {
        assertThat(set.foundIn("write to desk@gazette.example")).isTrue();
    }

    @Test
    void findsAPhraseOpeningOutsideAscii() {
        assertThat(set.foundIn("par é-mail seulement")).isTrue();
    }

    @Test
    void findsAPhraseThatSharesItsOpeningWithALongerOne() {
        assertThat(new PhraseSet(List.of("read more about", "read it")).foundIn("go read it now")).isTrue();
    }

    @Test
    void findsNoneInATextWithoutThem() {
        assertThat(set.foundIn("the ferry left at dawn")).isFalse();
        assertThat(set.foundIn("")).isFalse();
    }

    @Test
    void anEmptyPhraseIsInEveryText() {
        assertThat(new PhraseSet(List.of("")).foundIn("anything")).isTrue();
    }
}

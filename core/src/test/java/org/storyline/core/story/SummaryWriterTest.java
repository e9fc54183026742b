package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryWriterTest {

    @Test
    void wholeSentenceReadsOnItsOwn() {
        assertThat(SummaryWriter.whole("The ferry docked at noon, the harbour master said.")).isTrue();
        assertThat(SummaryWriter.whole("\u201cWe are ready,\u201d she said.")).isTrue();
    }

    @Test
    void pieceOfACutQuoteIsNotWhole() {
        assertThat(SummaryWriter.whole("Nobody knew where the buses were going,\" she said.")).isFalse();
        assertThat(SummaryWriter.whole("and then the ferry docked.")).isFalse();
    }

    @Test
    void sentenceOpeningOnABackReferenceLeansBack() {
        assertThat(SummaryWriter.leansBack("But the council refused.")).isTrue();
        assertThat(SummaryWriter.leansBack("He also said the bridge was old.")).isTrue();
        assertThat(SummaryWriter.leansBack("Butler arrived on Monday.")).isFalse();
        assertThat(SummaryWriter.leansBack("The council refused.")).isFalse();
    }

    @Test
    void aPronounSubjectNamesNoOneOutOfItsArticle() {
        assertThat(SummaryWriter.leansBack("She was charged with fraud in 2019.")).isTrue();
        assertThat(SummaryWriter.leansBack("In court on Monday, where he faces six charges, he wore a neck brace.")).isTrue();
        assertThat(SummaryWriter.leansBack("When Mayor Ana Roe arrived, she thanked the crews.")).isFalse();
        assertThat(SummaryWriter.leansBack("Shepherds said the flock was safe.")).isFalse();
    }
}

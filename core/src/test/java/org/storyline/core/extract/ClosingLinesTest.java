package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reads as a sentence, the test that tells a story's paragraph from a label wherever a rule needs one. */
class ClosingLinesTest {

    @Test
    void readsASentenceByItsCapitalAndItsEndMark() {
        assertThat(ClosingLines.isSentence("The ferry will run again on Monday.")).isTrue();
        assertThat(ClosingLines.isSentence("Related stories")).isFalse();
    }

    @Test
    void readsChineseJapaneseAndKoreanSentencesThatHaveNoCapitals() {
        assertThat(ClosingLines.isSentence("九州と四国を結ぶフェリーは、全ての便の欠航を決めました。")).isTrue();
        assertThat(ClosingLines.isSentence("30日も欠航が増える可能性があります。")).isTrue();
        assertThat(ClosingLines.isSentence("「安全を最優先にします」と話しました。")).isTrue();
        assertThat(ClosingLines.isSentence("배편은 30일에도 결항될 전망이다.")).isTrue();
        assertThat(ClosingLines.isSentence("关联新闻")).isFalse();
        assertThat(ClosingLines.isSentence("30 days.")).isFalse();
    }
}

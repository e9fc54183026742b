package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void shortLineWithoutFullStopIsHeadlineLike() {
        assertThat(Headline.isHeadlineLike("Ferry strike ends after nine days of talks")).isTrue();
        assertThat(Headline.isHeadlineLike("‘Deal is within reach’, port minister says")).isTrue();
        assertThat(Headline.isHeadlineLike("Will the ferries run again this summer?")).isTrue();
    }

    @Test
    void sentenceTeaserOrLabelIsNot() {
        assertThat(Headline.isHeadlineLike("The ferry strike ended on Monday.")).isFalse();
        assertThat(Headline.isHeadlineLike("Ferry strike ends after nine days...")).isFalse();
        assertThat(Headline.isHeadlineLike("Subscribe")).isFalse();
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void stripsSiteNameAfterBar() {
        assertThat(TitleCleaner.clean("Storm hits coast | The Daily Planet", "The Daily Planet", "dailyplanet.example"))
                .isEqualTo("Storm hits coast");
    }

    @Test
    void stripsHostNameWhenSiteNameUnknown() {
        assertThat(TitleCleaner.clean("Storm hits the northern coast overnight - Dailyplanet", null, "dailyplanet.example"))
                .isEqualTo("Storm hits the northern coast overnight");
    }

    @Test
    void keepsTitleWithoutSeparator() {
        assertThat(TitleCleaner.clean("Storm hits coast", "The Daily Planet", null)).isEqualTo("Storm hits coast");
    }

    @Test
    void keepsAHeadlineThatNamesTheSiteAfterStrippingItsLeadingName() {
        assertThat(TitleCleaner.clean("The Gazette - Mayor's harbour tax: The Gazette's 2023 blunder of the year",
                "The Gazette", "gazette.example")).isEqualTo("Mayor's harbour tax: The Gazette's 2023 blunder of the year");
    }
}

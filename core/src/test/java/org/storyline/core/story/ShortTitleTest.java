package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import org.junit.jupiter.api.Test;

class ShortTitleTest {

    private static final String LEDE = "BRANDVIK, May 2 (Coast Wire) - Firefighters on Tuesday battled a blaze at the"
            + " Brandvik paper mill, which employs 900 people, that forced the evacuation of 300 homes along the river"
            + " and closed the coast road for most of the day, officials said.";

    @Test
    void aHeadlineOfHeadlineLengthIsTheTitle() {
        var a = article("a", "Wire", LEDE).title("Fire at Brandvik paper mill forces evacuation of 300 homes").build();
        assertThat(ShortTitle.of(a.article())).isEqualTo("Fire at Brandvik paper mill forces evacuation of 300 homes");
    }

    @Test
    void withoutAHeadlineTheLedeIsCutToAShortPhrase() {
        var title = ShortTitle.of(article("a", "Wire", LEDE).build().article());
        assertThat(title.split(" ")).hasSizeLessThanOrEqualTo(ShortTitle.MAX_WORDS);
        assertThat(title).startsWith("Firefighters").contains("blaze")
                .doesNotContain("BRANDVIK").doesNotContain("on Tuesday").doesNotContain("which employs");
    }

    @Test
    void aCutTitleNeverEndsOnAWordThatNeedsAnother() {
        var title = ShortTitle.fromLede("Officials in the northern province of Elvar said on Monday that the dam"
                + " and the bridge of the old town and the road to the coast would all be rebuilt by spring");
        assertThat(title.split(" ")).hasSizeLessThanOrEqualTo(ShortTitle.MAX_WORDS);
        assertThat(title).doesNotEndWith(" the").doesNotEndWith(" of").doesNotEndWith(" and").doesNotEndWith(" to");
    }

    @Test
    void aLedeThatIsTooShortToBeAHeadlineGivesNoTitle() {
        assertThat(ShortTitle.of(article("a", "Wire", "More soon.").build().article())).isNull();
    }
}

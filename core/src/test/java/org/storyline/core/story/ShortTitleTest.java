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
        assertThat(ShortTitle.fromLede("More than 220 league players with guaranteed contracts will find out whether they"
                + " will be paid for the cancelled games.")).endsWith("will find out");
    }

    @Test
    void aLeadInClauseBeforeTheSubjectIsLeftOut() {
        assertThat(ShortTitle.fromLede("A week after the coalition collapsed in a bribery scandal, President Ana Rovic"
                + " asked the speaker of parliament to form a government."))
                .startsWith("President Ana Rovic asked");
        assertThat(ShortTitle.fromLede("Hours before the treaty was due to be signed, the two ministers met in Geneva"
                + " to settle the last points."))
                .startsWith("The two ministers met in Geneva");
    }

    @Test
    void aParticipleLeadInIsLeftOutButAPlaceEndingInIngIsTheSubject() {
        assertThat(ShortTitle.fromLede("Facing a court challenge, the commission said it would withhold its report."))
                .startsWith("The commission said");
        assertThat(ShortTitle.fromLede("Beijing rejected the criticism of its arrests, saying the dissidents had broken the law."))
                .startsWith("Beijing rejected the criticism");
        assertThat(ShortTitle.fromLede("Worried that party colleagues still face arrest, opposition leader Ivo Lask"
                + " postponed his return home.")).startsWith("Opposition leader Ivo Lask postponed");
    }

    @Test
    void aTitleCutByTheWordLimitEndsBeforeThePhraseTheLimitFallsIn() {
        assertThat(ShortTitle.fromLede("Ostland stepped up the pressure on Veria for the extradition of captured rebel"
                + " commander Ivo Lask, recalling its ambassador."))
                .isEqualTo("Ostland stepped up the pressure on Veria for the extradition");
    }

    @Test
    void aTrailingAttributionIsLeftOut() {
        assertThat(ShortTitle.fromLede("Gunmen have abducted the province's top prosecutor, who was investigating the"
                + " killings of four engineers, officials said on Thursday."))
                .isEqualTo("Gunmen have abducted the province's top prosecutor");
    }

    @Test
    void aPossessiveTimePhraseStays() {
        assertThat(ShortTitle.fromLede("Despite the floods at home, Ostland plans to send 300 athletes to next month's"
                + " regional games."))
                .isEqualTo("Ostland plans to send 300 athletes to next month's regional games");
    }

    @Test
    void aBareWeekdayAfterTheVerbIsLeftOut() {
        assertThat(ShortTitle.fromLede("The shuttle crew closed in Sunday to capture the first piece of the station."))
                .isEqualTo("The shuttle crew closed in to capture the first piece of the station");
    }

    @Test
    void aLedeThatIsTooShortToBeAHeadlineGivesNoTitle() {
        assertThat(ShortTitle.of(article("a", "Wire", "More soon.").build().article())).isNull();
    }

    @Test
    void aTitleBeforeANameDoesNotEndTheLede() {
        var a = article("a", "Wire", "Rep. Mara Lind, the committee's chair, stunned the chamber by resigning. She"
                + " gave no reason.").build();
        assertThat(ShortTitle.of(a.article())).isEqualTo("Rep. Mara Lind stunned the chamber by resigning");
    }

    @Test
    void anAsideAfterTheSubjectLeavesNoComma() {
        assertThat(ShortTitle.fromLede("Rep. Mara Lind, who confessed to the affair on Thursday, stunned the chamber by"
                + " resigning.")).isEqualTo("Rep. Mara Lind stunned the chamber by resigning");
    }

    @Test
    void anAppositiveAfterANameIsLeftOut() {
        assertThat(ShortTitle.fromLede("Ivo Lask, the assistant minister in charge of the ports, met the striking dockers"
                + " in Tallinn.")).isEqualTo("Ivo Lask met the striking dockers in Tallinn");
    }

    @Test
    void theWordLimitNeverCutsAName() {
        assertThat(ShortTitle.fromLede("Excerpts follow below from the long final report issued by South Ostland's Truth"
                + " and Reconciliation Commission."))
                .endsWith("by South Ostland's Truth and Reconciliation Commission");
    }

    @Test
    void aNameAfterAPossessiveIsCutBeforeItsPhrase() {
        assertThat(ShortTitle.fromLede("Ostland will send its chief economic planner to represent President Ivo Lask at"
                + " November's Northern Economic Cooperation forum."))
                .isEqualTo("Ostland will send its chief economic planner to represent President Ivo Lask");
    }

    @Test
    void aLongSubjectKeepsItsVerbWhenThePhraseBoundaryIsFarBack() {
        assertThat(ShortTitle.fromLede("A sticking point for Ostland's coalition and opposition budget negotiators has been"
                + " the issue of how to count."))
                .isEqualTo("A sticking point for Ostland's coalition and opposition budget negotiators has been the issue");
    }

    @Test
    void aQuotationTheCutOpensIsClosed() {
        assertThat(ShortTitle.fromLede("The minister called the plan \u201ca reckless gamble with the savings of every family in"
                + " the province and a betrayal of the voters who trusted the coalition.\u201d"))
                .endsWith("\u201d").satisfies(t -> assertThat(t.chars().filter(c -> c == '\u201c').count()).isEqualTo(1));
    }
}

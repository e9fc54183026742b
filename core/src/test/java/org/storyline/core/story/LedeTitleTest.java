package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.nlp.TestArticles;

/** Titles cut from tagged ledes ({@link ShortTitle#of(ArticleAnalysis)} through {@link LedeTitle}). */
class LedeTitleTest {

    private static String title(String lede) {
        var annotated = TestArticles.ANNOTATOR.annotate(TestArticles.article(lede, "A second paragraph follows here."));
        return ShortTitle.of(new ArticleAnalysis(annotated, List.of(), List.of(), List.of()));
    }

    @Test
    void aLeadInEndsAtTheCommaBeforeTheSubjectNotAtItsOwnComma() {
        assertThat(title("After a long, tense meeting on Tuesday night, the two ministers agreed to reopen the border"
                + " crossing.")).isEqualTo("The two ministers agreed to reopen the border crossing");
    }

    @Test
    void anAsideBetweenTheSubjectAndItsVerbIsLeftOut() {
        assertThat(title("The league, embroiled in a bitter pay dispute with its referees, canceled the first three"
                + " rounds of the season.")).isEqualTo("The league canceled the first three rounds of the season");
    }

    @Test
    void aHyphenatedWordIsOneWordAndASecondVerbPhraseIsLeftOut() {
        assertThat(title("The rival parties broke a three-month deadlock Friday and agreed to share power in a"
                + " coalition government.")).isEqualTo("The rival parties broke a three-month deadlock");
    }

    @Test
    void whatWasSaidKeepsItsVerb() {
        var title = title("The two prime ministers said on Sunday that the fate of the former general is in the hands"
                + " of their courts and that they will not interfere.");
        assertThat(title).startsWith("The two prime ministers said that the fate of the former general is");
        assertThat(title).doesNotContain("Sunday");
    }

    @Test
    void aComparisonOpeningTheSubjectIsNoLeadIn() {
        assertThat(title("More than 200 players with guaranteed contracts will learn whether they are to be paid"
                + " during the lockout.")).startsWith("More than 200 players with guaranteed contracts will learn");
    }

    @Test
    void aTrailingAttributionGoesAndAPrepositionInTheSubjectIsNoLeadIn() {
        assertThat(title("A key witness in the fraud case against the former minister has withdrawn his testimony,"
                + " his lawyer said Monday."))
                .isEqualTo("A key witness in the fraud case against the former minister has withdrawn his testimony");
    }

    @Test
    void anAppositiveAfterTheObjectsNameIsLeftOut() {
        assertThat(title("Parliament elected General Ivo Lask, the popular army commander who has the backing of the"
                + " neighbours, as president.")).isEqualTo("Parliament elected General Ivo Lask");
    }

    @Test
    void aLongTitleEndsWhereAPhraseEndsNeverInsideANounPhrase() {
        var title = title("Inspectors from the regional water authority found dangerous levels of lead in the drinking"
                + " water of three primary schools in the eastern district of the city.");
        assertThat(title.split(" ").length).isLessThanOrEqualTo(ShortTitle.MAX_WORDS);
        assertThat(title).startsWith("Inspectors").contains("found")
                .matches(".*(water|lead|schools|district|city)$");
    }

    @Test
    void hereAfterAVerbPointsAtADatelineAndGoes() {
        assertThat(title("A defecting army officer arrived here with his family and asked for asylum."))
                .doesNotContain("here").startsWith("A defecting army officer arrived with his family");
    }

    @Test
    void aLedeStoredWithoutOffsetsIsCutFromItsText() {
        var annotated = TestArticles.ANNOTATOR.annotate(TestArticles.article(
                "The league, embroiled in a bitter pay dispute with its referees, canceled the first three rounds."));
        var unplaced = annotated.sentences().stream().map(s -> new org.storyline.core.model.Sentence(s.index(),
                s.paragraph(), s.span(), s.tokens().stream().map(t -> new org.storyline.core.model.Token(t.text(), null,
                        t.pos(), t.lemma(), t.ner())).toList())).toList();
        var analysis = new ArticleAnalysis(new org.storyline.core.model.AnnotatedArticle(annotated.article(),
                annotated.text(), unplaced, annotated.mentions()), List.of(), List.of(), List.of());
        assertThat(ShortTitle.of(analysis)).isEqualTo(ShortTitle.of(annotated.article()));
    }

    @Test
    void aLeadInEndsBeforeANameItsAppositiveAndItsVerb() {
        assertThat(title("Shortly before the council voted in May, Ivo Lask, the mayor's chief of staff, met with the"
                + " builders.")).isEqualTo("Ivo Lask met with the builders");
    }

    @Test
    void aParticleWithItsObjectStillToComeEndsNoTitle() {
        assertThat(title("Police in the northern province of Elvar said on Monday they had rounded up at least 100"
                + " migrants near the border crossing.")).doesNotEndWith(" up").contains("rounded up at least 100");
    }

    @Test
    void aWholeClauseOfHeadlineLengthIsNotCut() {
        assertThat(title("Following are excerpts from the final report issued by the Ostland Truth and Reconciliation"
                + " Commission.")).endsWith("issued by the Ostland Truth and Reconciliation Commission");
    }

    @Test
    void anOpeningThatIsTheVerbsSubjectStays() {
        assertThat(title("Following are excerpts from the final report of the inquiry into the harbour fire."))
                .startsWith("Following are excerpts from the final report");
    }

    @Test
    void aTimeClauseAfterAVerbThatTakesNoClauseIsCut() {
        assertThat(title("The chances for a new, strictly secular government in Varnland faded Wednesday when a potential"
                + " coalition partner insisted on giving the religious party a role in the cabinet."))
                .isEqualTo("The chances for a new, strictly secular government in Varnland faded");
        assertThat(title("A truck blew up when it drove over a land mine near the border."))
                .isEqualTo("A truck blew up when it drove over a land mine near the border");
    }

    @Test
    void aSentenceOpeningParticipleTheTaggerCallsANounStillOpensALeadIn() {
        assertThat(title("Voting mainly on party lines on a question that has divided the chamber for years, the Senate"
                + " approved a gravel road through a wildlife refuge."))
                .isEqualTo("The Senate approved a gravel road through a wildlife refuge");
    }

    @Test
    void aClauseOpenedByWhenIsALeadIn() {
        assertThat(title("When the river burst its banks overnight, the villagers of Ostwick carried sandbags to the"
                + " church on the hill.")).isEqualTo("The villagers of Ostwick carried sandbags to the church on the hill");
    }

    @Test
    void aQuotationTheTitleOpensIsClosed() {
        assertThat(title("The mayor's office was calling to discuss a \u201cnational leadership award.\u201d"))
                .isEqualTo("The mayor's office was calling to discuss a \u201cnational leadership award\u201d");
    }

    @Test
    void aClauseALittleLongThatEndsOnANameKeepsTheName() {
        assertThat(title("Ostland stepped up the pressure on Varnia for the extradition of the captured rebel leader Omar"
                + " Halim, warning that asylum would open the doors to terror."))
                .isEqualTo("Ostland stepped up the pressure on Varnia for the extradition of the captured rebel leader Omar Halim");
    }

    @Test
    void aPluralNounIsNotCutFromTheInfinitiveThatCompletesIt() {
        assertThat(title("The new premier-designate got the backing of two key secular parties on Monday in his efforts to"
                + " form a broad-based coalition government, on condition that it keep to the constitution."))
                .isEqualTo("The new premier-designate got the backing of two key secular parties");
        assertThat(title("Police detained and questioned the organizer of a group set up by dissidents to form the"
                + " country's first opposition party in five decades, a rights group said."))
                .isEqualTo("Police detained and questioned the organizer of a group set up by dissidents");
    }
}

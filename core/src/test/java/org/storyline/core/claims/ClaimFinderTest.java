package org.storyline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;

class ClaimFinderTest {

    private final ClaimFinder finder = new ClaimFinder();

    private List<Claim> claims(String... sentences) {
        return finder.find(Tagged.article(sentences), List.of());
    }

    @Test void partOfAPromisedTotalIsOneHedgedClaim() {
        var claims = claims("The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION has/VBZ delivered/VBN about/RB"
                + " 300,000/CD of/IN its/PRP$ promised/VBN 1/CD million/CD artillery/NN shells/NNS to/TO"
                + " Ukraine/NNP/LOCATION so/RB far/RB ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(300_000);
            assertThat(c.total()).isEqualTo(1_000_000);
            assertThat(c.approximate()).isTrue();
            assertThat(c.subject()).isEqualTo("European Union");
            assertThat(c.unit()).isEqualTo("shells");
            assertThat(c.what()).isEqualTo("artillery shells delivered to Ukraine");
        });
    }

    @Test void dollarAmountIsNormalizedToUsd() {
        var claims = claims("Putin/NNP/PERSON approved/VBD a/DT $/$ 415/CD billion/CD national/JJ budget/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(415e9);
            assertThat(c.unit()).isEqualTo("USD");
            assertThat(c.what()).isEqualTo("national budget approved");
            assertThat(c.subject()).isEqualTo("Putin");
            assertThat(c.approximate()).isFalse();
        });
    }

    @Test void percentIncreaseIsAChange() {
        var claims = claims("Putin/NNP/PERSON approved/VBD a/DT 25/CD %/NN spending/NN increase/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(25);
            assertThat(c.unit()).isEqualTo("percent");
            assertThat(c.change()).isEqualTo(ChangeDirection.INCREASE);
        });
    }

    @Test void vagueAmountKeepsItsWordsInTheSpan() {
        AnnotatedArticle article = Tagged.article("Germany/NNP/LOCATION and/CC the/DT Netherlands/NNP/LOCATION"
                + " announced/VBD several/JJ billion/CD dollars/NNS in/IN new/JJ support/NN for/IN Ukraine/NNP/LOCATION ./.");
        var claims = finder.find(article, List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.span().of(article.text())).isEqualTo("several billion dollars");
            assertThat(c.approximate()).isTrue();
            assertThat(c.unit()).isEqualTo("USD");
            assertThat(c.value()).isGreaterThanOrEqualTo(2e9);
            assertThat(c.subject()).isEqualTo("Germany and the Netherlands");
            assertThat(c.what()).isEqualTo("new support for Ukraine announced");
        });
    }

    @Test void fallIsADecreaseOfTheNounPhraseBeforeTheVerb() {
        var claims = claims("Car/NN exports/NNS fell/VBD by/IN 3/CD percent/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(ChangeDirection.DECREASE);
            assertThat(c.subject()).isEqualTo("Car exports");
        });
    }

    @Test void riseToALevelIsNotAChange() {
        var claims = claims("Inflation/NN rose/VBD to/TO 5/CD %/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.change()).isEqualTo(ChangeDirection.NONE));
    }

    @Test void yearsAreNotClaims() {
        assertThat(claims("In/IN 2017/CD ,/, she/PRP won/VBD a/DT fellowship/NN ./.")).isEmpty();
    }

    @Test void numbersInsideDatesAreNotClaims() {
        assertThat(claims("They/PRP met/VBD on/IN Nov./NNP/DATE=2023-11-28 28/CD/DATE=2023-11-28 ./.")).isEmpty();
    }

    @Test void durationsAreNotClaims() {
        assertThat(claims("She/PRP has/VBZ worked/VBN there/RB for/IN 20/CD/DURATION years/NNS/DURATION ./.")).isEmpty();
    }

    @Test void agesAreNotClaims() {
        assertThat(claims("Vladimir/NNP/PERSON Putin/NNP/PERSON ,/, 71/CD ,/, said/VBD nothing/NN ./.")).isEmpty();
        assertThat(claims("The/DT minister/NN ,/, aged/VBN 58/CD ,/, resigned/VBD ./.")).isEmpty();
    }

    @Test void numbersSplitOffHyphenatedWordsAreNotClaims() {
        assertThat(claims("It/PRP was/VBD drafted/VBN by/IN 26/CD -year-old/JJ editor/NN Evans/NNP/PERSON ./.")).isEmpty();
        assertThat(claims("About/RB three/CD -quarters/NNS of/IN voters/NNS agreed/VBD ./.")).isEmpty();
        assertThat(claims("Allies/NNS met/VBD for/IN a/DT two/CD -/HYPH day/NN meeting/NN in/IN Brussels/NNP/LOCATION ./."))
                .isEmpty();
    }

    @Test void unitAfterASplitHyphenStillMakesAClaim() {
        assertThat(claims("Ostwick/NNP/LOCATION approved/VBD a/DT 48/CD -/HYPH megawatt/NN solar/JJ farm/NN ./."))
                .singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(48));
    }

    @Test void clockTimesAreNotClaims() {
        assertThat(claims("Voting/NN ends/VBZ at/IN 7/CD p.m/NN ./.")).isEmpty();
    }

    @Test void ordinalsAreNotClaims() {
        assertThat(claims("It/PRP was/VBD the/DT 21st/JJ summit/NN and/CC the/DT third/JJ meeting/NN ./.")).isEmpty();
    }

    @Test void phoneNumbersAreNotClaims() {
        assertThat(claims("Call/VB 202/CD 555/CD 0100/CD for/IN tickets/NNS ./.")).isEmpty();
        assertThat(claims("Call/VB 2025550100/CD for/IN tickets/NNS ./.")).isEmpty();
    }

    @Test void labelsAreNotClaims() {
        assertThat(claims("Allies/NNS invoked/VBD Article/NNP 5/CD ./.")).isEmpty();
    }

    @Test void bareNumbersWithNothingCountedAreNotClaims() {
        assertThat(claims("The/DT two/CD met/VBD ./.")).isEmpty();
        assertThat(claims("It/PRP was/VBD one/CD of/IN the/DT reasons/NNS ./.")).isEmpty();
    }

    @Test void countThatNoVerbReportsIsNotAClaim() {
        assertThat(claims("It/PRP began/VBD in/IN February/NNP/DATE=2022-02 2022/CD/DATE=2022-02 with/IN a/DT"
                + " full-scale/JJ invasion/NN of/IN Ukraine/NNP/LOCATION on/IN three/CD sides/NNS ./.")).isEmpty();
    }

    @Test void countReportedByAVerbAfterItIsAClaim() {
        assertThat(claims("Three/CD soldiers/NNS were/VBD killed/VBN ./.")).singleElement()
                .satisfies(c -> assertThat(c.what()).isEqualTo("soldiers killed"));
    }

    @Test void spelledOutNumbersAreRead() {
        var claims = claims("Some/DT two/CD hundred/CD thousand/CD people/NNS fled/VBD ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(200_000);
            assertThat(c.approximate()).isTrue();
            assertThat(c.unit()).isEqualTo("people");
            assertThat(c.what()).isEqualTo("people fled");
        });
    }

    @Test void aDozenIsTwelveEvenWhenTaggedAsANoun() {
        var claims = claims("About/RB a/DT dozen/NN people/NNS demonstrated/VBD ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(12);
            assertThat(c.approximate()).isTrue();
        });
    }

    @Test void countOfTimeUnitsIsADurationNotAClaim() {
        assertThat(claims("He/PRP did/VBD not/RB pay/VB for/IN 15/CD -plus/JJ years/NNS ./.")).isEmpty();
    }

    @Test void vagueCountOfNounIsApproximate() {
        var claims = claims("Dozens/NNS of/IN soldiers/NNS were/VBD killed/VBN ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.approximate()).isTrue();
            assertThat(c.unit()).isEqualTo("soldiers");
            assertThat(c.what()).isEqualTo("soldiers killed");
        });
    }

    @Test void timeIsTheDateInTheSentence() {
        var claims = claims("On/IN Monday/NNP/DATE=2023-11-27 ,/, Russia/NNP/LOCATION fired/VBD 40/CD missiles/NNS ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.time()).isEqualTo("2023-11-27");
            assertThat(c.subject()).isEqualTo("Russia");
        });
    }

    @Test void pronounSubjectTakesItsEntitysName() {
        AnnotatedArticle article = Tagged.article(
                "NATO/NNP/ORGANIZATION met/VBD ./.",
                "It/PRP sent/VBD 300/CD tanks/NNS ./.");
        int it = article.text().indexOf("It");
        Entity nato = new Entity("e1", EntityType.ORGANIZATION, "NATO", List.of(),
                List.of(new Span(0, 4), new Span(it, it + 2)));
        assertThat(finder.find(article, List.of(nato))).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("NATO");
            assertThat(c.subjectId()).isEqualTo("e1");
            assertThat(c.sentence()).isEqualTo(1);
        });
    }

    @Test void articleWithoutSentencesHasNoClaims() {
        AnnotatedArticle empty = new AnnotatedArticle(Tagged.article("x/NN").article(), "", List.of(), List.of());
        assertThat(finder.find(empty, List.of())).isEmpty();
    }

    @Test void hyphenatedUnitIsTheUnit() {
        var claims = claims("The/DT council/NN approved/VBD a/DT 48/CD -/HYPH megawatt/NN solar/JJ farm/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(48);
            assertThat(c.unit()).isEqualTo("MW");
        });
    }

    @Test void tallyBeforeADayCountsNothing() {
        assertThat(claims("The/DT council/NN voted/VBD 31/CD to/TO 9/CD on/IN Thursday/NNP ./.")).isEmpty();
    }

    @Test void participleAfterTheCountedNounIsNotPartOfIt() {
        var claims = claims("The/DT fire/NN cut/VBD four/CD lines/NNS running/VBG north/NN of/IN the/DT capital/NN ./.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.unit()).isEqualTo("lines"));
    }
}

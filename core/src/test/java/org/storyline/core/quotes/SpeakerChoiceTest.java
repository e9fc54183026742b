package org.storyline.core.quotes;

import org.junit.jupiter.api.Test;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.nlp.TestArticles.ANNOTATOR;
import static org.storyline.core.nlp.TestArticles.article;

/**
 * Who a quote goes to when the frame names no one by name: pronouns by salience and gender, the head of a
 * possessive phrase rather than its owner, and never a place, object or abstract noun.
 */
class SpeakerChoiceTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final EntityResolver entities = new EntityResolver();

    private List<Quote> find(String... paragraphs) {
        AnnotatedArticle a = ANNOTATOR.annotate(article(paragraphs));
        return finder.find(a, entities.resolve(a));
    }

    private static Quote direct(List<Quote> quotes) {
        return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst()
                .orElseThrow(() -> new AssertionError("no direct quote in " + quotes));
    }

    @Test void pronounAfterSubjectAndObjectGoesToSubject() {
        var quotes = find("Mayor Alan Ferris mocked Governor Tom Welby at the harbour dinner on Friday.",
                "\u201cNow everyone talks about the dinner instead of the budget,\u201d he said.");
        assertThat(direct(quotes).speaker().name()).isEqualTo("Alan Ferris");
    }

    @Test void pronounAgreesInGenderWithANearerName() {
        var quotes = find("Anna Kriel arrived at the hearing an hour late.",
                "The session was chaired by Tom Welby.",
                "\u201cWe need more time to read the files,\u201d she said.");
        assertThat(direct(quotes).speaker().name()).isEqualTo("Anna Kriel");
    }

    @Test void pronounAfterQuoteInNextParagraphKeepsPreviousSpeaker() {
        var quotes = find("\u201cThe port will reopen next week,\u201d Alan Ferris said after meeting Tom Welby.",
                "\u201cThe crews are ready and the money is there,\u201d he said.");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT)
                .extracting(q -> q.speaker().name()).containsExactly("Alan Ferris", "Alan Ferris");
    }

    @Test void abstractSubjectInsideReportedClauseGivesWayToReporter() {
        var quotes = find("Mayor Alan Ferris said the recent floods demand that every council show "
                + "\u201cfar more care with its dikes\u201d before winter.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Alan Ferris"));
    }

    @Test void titleNounInsideReportedClauseStillSpeaks() {
        var quotes = find("Alan Ferris urged the council to act on the harbour, a plan the Ostwick congressman "
                + "said is meant to \u201cbring the ferries back\u201d within a year.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).contains("congressman"));
    }

    @Test void quoteInsideReportedClauseIsTheReportersWords() {
        var quotes = find("Mayor Alan Ferris said during a visit to the harbour that Anna Kriel once described "
                + "the plan as \u201ca gift to the ferry lobby\u201d in a closed meeting.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Alan Ferris"));
    }

    @Test void conjunctionEndsTheReportedClause() {
        var quotes = find("Mayor Alan Ferris spoke first, and Anna Kriel described the plan as "
                + "\u201ca gift to the ferry lobby\u201d in a closed meeting.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Anna Kriel"));
    }

    @Test void participleAfterPrepositionTakesTheClauseSubject() {
        var quotes = find("Anna Kriel, after calling the plan \u201ca gift to the ferry lobby\u201d, left the room, "
                + "and Tom Welby insisted it would pass.");
        assertThat(quotes).filteredOn(q -> q.text().equals("a gift to the ferry lobby"))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Anna Kriel"));
    }

    @Test void nameAfterDashInRoundupIsTheSource() {
        var quotes = find("FERRY POLLS SHOW VOTERS WANT THE HARBOUR REOPENED - Anna Kriel: \u201cThe survey of 900 "
                + "residents found that most of them would pay more for a ferry.\u201d");
        assertThat(direct(quotes).speaker().name()).isEqualTo("Anna Kriel");
    }

    @Test void wireServiceInDatelineIsNoSpeaker() {
        var quotes = find("OSTRAVIK, May 2 (Northline News) - Anna Kriel rallied ferry workers on Friday, saying "
                + "\u201cthe harbour belongs to the people who work it.\u201d");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Anna Kriel"));
    }

    @Test void wifeOfAPersonIsNotThatPerson() {
        var quotes = find("Former general Hugo Marsden was detained in Lisbon on Saturday.",
                "The wife of Hugo Marsden appealed for his release, saying he is too frail to travel.",
                "The lawyer of former Portuguese general Hugo Marsden appealed to the court, saying he is innocent.");
        assertThat(quotes).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker().name()).isNotEqualTo("Hugo Marsden"));
    }

    @Test void titleWithOfBeforeANameIsThatPerson() {
        var quotes = find("As the talks broke up, harbour board chief of staff Anna Kriel emerged from the session "
                        + "saying: \u201cWe don't have a deal yet.\u201d",
                "Secretary of State Tom Welby told reporters that the talks would go on next week.",
                "Residents of Ostwick said the ferry should run again before the summer.");
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Anna Kriel", "Tom Welby", "Residents of Ostwick");
    }

    @Test void theTitleOfAPersonNamedEarlierIsThatPerson() {
        var quotes = find("Prime Minister Tom Welby said on Friday that the harbour would reopen.",
                "\u201cThe crews are ready and the money is there,\u201d the prime minister told reporters.");
        assertThat(direct(quotes).speaker().name()).isEqualTo("Tom Welby");
    }

    @Test void aTitleThatTwoPeopleShareOrThatDiffersByAWordNamesNoOne() {
        var quotes = find("Former Deputy Prime Minister Anna Kriel was arrested in Ostwick on Friday.",
                "\u201cThe charges are invented,\u201d the prime minister told reporters.",
                "President Tom Welby met President Hugo Marsden in Lisbon on Saturday.",
                "\u201cWe agreed on the border,\u201d the president said.");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).extracting(q -> q.speaker().name())
                .containsExactly("the prime minister", "the president");
    }

    @Test void aParticipleAfterAClauseOfItsOwnGoesToThatClausesNamedSubject() {
        var quotes = find("The talks in Lisbon came as Tom Welby has moved troops to the border after threatening "
                + "to destroy the rebel camps in the valley.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Tom Welby"));
    }

    @Test void aParticipleAfterAClauseWhoseSubjectCannotSpeakGoesToTheSentencesSubject() {
        var quotes = find("Anna Kriel resigned on Friday as the protests grew after accusing the council of hiding "
                + "the report on the harbour.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Anna Kriel"));
    }

    @Test void sonWhoSharesAFirstNameIsNotTheFather() {
        var quotes = find("Former general Hugo Marsden was detained in Lisbon on Saturday.",
                "Marsden's son, Hugo, said the family would hire new lawyers.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isNotEqualTo("Hugo Marsden"));
    }

    @Test void placeOwningTheSpeakerIsNoSpeaker() {
        var quotes = find("Harbour crews worked through the night in Ostwick.",
                "\u201cWe have never seen water this high,\u201d Ostwick's council said.",
                "Officials in Ostwick said the road would stay closed until Monday.",
                "The Ostwick council said the study would be published before the summer.");
        assertThat(quotes).hasSize(3).allSatisfy(q -> assertThat(q.speaker().name()).isNotEqualTo("Ostwick"));
    }

    @Test void placeStandingForItsGovernmentSpeaks() {
        var quotes = find("\u201cWe will not pay for the dam,\u201d Estrava said in a note to its neighbours.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Estrava"));
    }

    @Test void countriesThatAnnounceAreTypedAsTheirGovernments() {
        var quotes = find("Ahead of the summit, Ostland and the Netherlands announced several billion euros in new "
                + "aid for the region, officials said.");
        assertThat(quotes).filteredOn(q -> q.speaker().entityId() != null)
                .allSatisfy(q -> assertThat(q.speaker().kind()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test void placeInsideAnotherSpeakersReportIsNoSpeaker() {
        var quotes = find("Varn Chemicals was fined on Wednesday for the leak that turned the river red at Lindmoor.",
                "Mayor Joran Beck welcomed the fine but said Lindmoor would still ask the company to pay for the "
                        + "tankers the town bought.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Joran Beck"));
    }

    @Test void placeBeforeALowerCaseTitleOnlyQualifiesIt() {
        var quotes = find("In June, the South Carolina senator called on fellow Republicans to drop the plan after the vote.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("the South Carolina senator");
            assertThat(q.speaker().kind()).isEqualTo(EntityType.PERSON);
        });
    }

    @Test void pluralPossessiveIsNoCueVerb() {
        var quotes = find("The war has tested member states\u2019 political willpower to keep up the flow of weapons "
                + "to the front.");
        assertThat(quotes).isEmpty();
    }

    @Test void documentSpeaksForTheAuthorNamedBefore() {
        var quotes = find("A corroded valve caused the leak, the Estrava Environment Agency said in a report on Tuesday.",
                "The report found that the valve had last been checked in 2022 and that its alarms were off.");
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Estrava Environment Agency", "Estrava Environment Agency");
    }

    @Test void documentSpeaksForItsPossessiveOwner() {
        var quotes = find("Hospital waiting times doubled last year, according to the Estrava Health Board's annual report.",
                "The report said that most of the delay came from a shortage of nurses in the north.");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsOnly("Estrava Health Board");
    }

    @Test void documentWithoutANamedAuthorKeepsSpeaking() {
        var quotes = find("The report found that the valve had last been checked in 2022 and that its alarms were off.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("The report"));
    }

    @Test void institutionNamedByACommonNounIsAnOrganisation() {
        var quotes = find("The agency said water samples still showed solvent above the permitted level at the weir.");
        assertThat(quotes).filteredOn(q -> q.speaker().name().equals("The agency")).singleElement()
                .satisfies(q -> assertThat(q.speaker().kind()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test void documentFromANamedAuthorIsTheAuthors() {
        var quotes = find("\u201cThe strike goes ahead on Monday,\u201d a statement from Estrava Rail said.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Estrava Rail"));
    }

    @Test void readingIsNoSpeechExceptForADocument() {
        var quotes = find("Sites that cannot update can read pending comments as plain text, Noor Haddad said.",
                "The sign on the gate read \u201cNo entry after dark.\u201d");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Noor Haddad", "The sign on the gate");
    }

    @Test void abstractNounIsNoSpeaker() {
        var quotes = find("The overdose problem remains \u201ca crisis without end\u201d in the valley.",
                "A sedative was \u201cfar too strong\u201d for the patient.");
        assertThat(quotes).isEmpty();
    }

    @Test void groupOfPeopleSpeaksWithoutACue() {
        var quotes = find("Residents called the plan \u201ca betrayal of the valley.\u201d");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Residents"));
    }

    @Test void anAgeAndAHometownBetweenNameAndCueAreNoSpeaker() {
        var quotes = find("Cory Vance, 22, of Ostwick, Mich., said he hadn't given up hope that the mayor could pull a "
                + "\u201cgreat surprise,\u201d because he could never vote for her rival.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Cory Vance"));
    }

    @Test void anAdjunctWithAPlaceBetweenSubjectAndCueIsPassedOver() {
        var quotes = find("Marsh, during a town hall meeting in Ostwick, Ohio, said she was \u201cgoing to put a lot of "
                + "miners out of business,\u201d while explaining her plan.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Marsh"));
    }

    @Test void aPhraseAfterTheCueThatARelativeQualifiesIsTheReportedClausesSubject() {
        var quotes = find("Hemsley, the co-author of \u201cGoing Viral,\u201d about the spread of rumours, said the "
                + "days when the nation had \u201ca somewhat unifying story\u201d from newspapers are gone.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Hemsley"));
    }

    @Test void theDatelineIsNoSubjectOfAQuotationWithoutACue() {
        var quotes = find("HARTWELL, Miss. - U.S. District Judge Karin Holm late Thursday night issued an injunction "
                + "blocking a bill that would have allowed officials professing a \u201csincere religious belief\u201d "
                + "to deny services.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void aPlaceTheReportsComeFromQualifiesThem() {
        var quotes = find("Police reports from the border say the crossing was closed at dawn.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Police reports from the border"));
    }

    @Test void aPluralNounTheTaggerReadAsAVerbIsNoCue() {
        var quotes = find("Weekend newspaper reports in Ostland said the general would be freed within days.");
        assertThat(quotes).extracting(Quote::cue).containsExactly("said");
    }

    @Test void whoSpeaksForThePersonNamedBeforeIt() {
        var quotes = find("Those who expressed respect included the running mate, Governor Mike Pence, who called their "
                + "son \u201can American hero.\u201d");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Mike Pence"));
    }

    @Test void aRelativeClauseBetweenSubjectAndCueIsPassedOver() {
        var quotes = find("A council official who spoke anonymously to discuss internal strategy said Wednesday, "
                        + "\u201cWe are ready for the vote.\u201d",
                "Officials who asked not to be named said the talks had failed.",
                "The minister who was dismissed warned that officials said the talks had failed.");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("A council official", "Officials",
                "The minister", "officials");
        assertThat(find("She refused to disown the endorsement of a senator who many believe betrayed the party."))
                .noneMatch(q -> q.speaker().name().contains("senator"));
    }

    @Test void aQuantifierStandsForPeopleButNotInTheWritersAside() {
        var quotes = find("Several said they would rather see the money paid in \u201cblock grants\u201d to the towns.",
                "She backs closing what some call the \u201charbour loophole\u201d in the law.");
        assertThat(quotes).extracting(q -> q.speaker().name()).first().isEqualTo("Several");
        assertThat(quotes).noneMatch(q -> q.speaker().name().equals("some"));
    }

    @Test void anAbsolutePhraseSpeaksForItsOwnSubject() {
        var quotes = find("The mayor spoke of progress, with Holm saying he was \u201cvery encouraged\u201d and Marsh "
                + "calling it a \u201cgreat meeting.\u201d");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Holm", "Marsh");
    }
}

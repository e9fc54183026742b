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

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final EntityResolver entities = new EntityResolver();

    private List<Quote> find(String... paragraphs) {
        AnnotatedArticle a = ANNOTATOR.annotate(article(paragraphs));
        return finder.find(a, entities.resolve(a));
    }

    private static List<Quote> of(List<Quote> quotes, QuoteKind kind) {
        return quotes.stream().filter(q -> q.kind() == kind).toList();
    }

    @Test void theCountrysLeaderIsItsServingOfficeHolder() {
        var quotes = find("Two regional leaders, Philippine President Jose Ramos and former Indonesian President Budi Santoso, "
                + "criticised the arrest. The Philippine leader said he might skip the summit. "
                + "The Indonesian leader said the arrest was a mistake.");
        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Jose Ramos", "The Indonesian leader");
    }

    @Test void aQuestionAfterANegatedCueWasNotSaid() {
        var quotes = find("Senator Ellen Marsh did not say how the committee would vote.",
                "Marsh would not immediately say if she had spoken to the governor, but she said she was not worried.");
        assertThat(quotes).extracting(Quote::text).containsExactly("she was not worried");
    }

    @Test void aCueNegatedWithACurlyApostropheIsNegatedToo() {
        var quotes = find("Senator Ellen Marsh didn\u2019t say how the committee would vote.",
                "Marsh wouldn\u2019t say if she had spoken to the governor, but she said she was not worried.");
        assertThat(quotes).extracting(Quote::text).containsExactly("she was not worried");
    }

    @Test void theParticleOfCalledOnBelongsToTheCue() {
        var quotes = find("Mayor Joran Beck called on the harbour board to close the quay before the storm.",
                "Karin Holm called upon residents to leave early.");
        assertThat(quotes).extracting(Quote::text).containsExactly("the harbour board to close the quay before the storm",
                "residents to leave early");
    }

    @Test void aListenerWithAPossessiveIsNoPartOfWhatWasSaid() {
        var quotes = find("Omar Halim told the magistrate's court he was beaten by police on the night of his arrest.");
        assertThat(quotes).extracting(Quote::text).containsExactly("he was beaten by police on the night of his arrest");
    }

    @Test void aTimeAndADashAfterTheCueOpenNoContent() {
        var quotes = find("Omar Halim told the president a day earlier _ that he would not withdraw the troops from the valley.",
                "Karin Holm said on Monday \u2014 that the harbour would reopen in spring.");
        assertThat(quotes).extracting(Quote::text).containsExactly("he would not withdraw the troops from the valley",
                "the harbour would reopen in spring");
    }

    @Test void whatSomeoneSaysInAConditionWasNotSaid() {
        var quotes = find("If the arbiter finds in favour of the players, the season could start in November.",
                "The league said the season would start in December unless the court rules against it.");
        assertThat(quotes).extracting(Quote::text).containsExactly(
                "the season would start in December unless the court rules against it");
    }

    @Test void aFrameThatReportsNothingDoesNotCutTheClauseAnotherReports() {
        var quotes = find("The rival parties broke a three-month deadlock and agreed to a coalition government "
                + "leaving Omar Halim as sole prime minister, King Arvo announced.");
        assertThat(quotes).extracting(Quote::text).containsExactly("The rival parties broke a three-month deadlock and "
                + "agreed to a coalition government leaving Omar Halim as sole prime minister");
    }

    @Test void accordingToAPhraseTheClauseFollowsStartsRightAfterIt() {
        var quotes = find("According to the report the general was told of the order by two policemen, but is "
                + "convinced it was a mistake.",
                "And the talks between the two companies began in September, according to people close to them.");
        assertThat(quotes).extracting(Quote::text).containsExactly(
                "the general was told of the order by two policemen, but is convinced it was a mistake",
                "the talks between the two companies began in September");
    }

    @Test void aSecondVerbOfTheSpeakerEndsWhatWasSaid() {
        var quotes = find("The opposition leaders urged the king to chair the talks, but disagreed on where they should be held.",
                "Karin Holm said the harbour would reopen in spring and asked the council for more money.");
        assertThat(quotes).extracting(Quote::text).contains("the king to chair the talks", "the harbour would reopen in spring");
    }

    @Test void reportedSpeechMayNameATitleInQuotationMarks() {
        var quotes = find("Omar Halim claimed that the \u201cCity Museum\u201d had offered to buy the painting.",
                "Karin Holm said the plan was \u201ca reckless gamble\u201d with the town's savings.");
        assertThat(quotes).extracting(Quote::kind, Quote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(QuoteKind.INDIRECT, "the \u201cCity Museum\u201d had offered to buy the painting"),
                org.assertj.core.groups.Tuple.tuple(QuoteKind.PARTIAL, "a reckless gamble"));
    }

    @Test void aQuestionAfterACueIsReported() {
        var quotes = find("Senator Ellen Marsh asked whether the committee would vote on Friday.");
        assertThat(quotes).extracting(Quote::text).containsExactly("whether the committee would vote on Friday");
    }

    @Test void theListenersAndWhenTheyHeardItOpenNoContent() {
        var quotes = find("Prime Minister Omar Halim told reporters later that Karim had been working toward toppling him.");
        assertThat(quotes).extracting(Quote::text).containsExactly("Karim had been working toward toppling him");
    }

    @Test void listenersJoinedByAndAreOneListener() {
        var quotes = find("Water engineers have told the council and other regulators that the Sella dam is safe.",
                "Karin Holm told reporters and the Varn Herald the lawyers had filed an appeal.");
        assertThat(quotes).extracting(Quote::text).containsExactly("the Sella dam is safe",
                "the lawyers had filed an appeal");
    }

    @Test void anUnnamedSpeakerIsTypedByItsHeadNotByWhatQualifiesIt() {
        var quotes = find("Ostwick radio said the talks had failed.",
                "Police in the northern Varn province said 12 people were detained.",
                "International monitors said the vote was fair.",
                "The grain harvest suggests the famine has eased.",
                "The raw passions on the street suggest the truce will not hold.",
                "The skeptics said the truce would not hold.",
                "Both sides said the talks would resume on Monday.");
        assertThat(quotes).extracting(q -> q.speaker().kind()).containsExactly(EntityType.ORGANIZATION,
                EntityType.ORGANIZATION, EntityType.PERSON, null, null, EntityType.PERSON, EntityType.PERSON);
    }

    @Test void aRelativeClauseAboutTheSpeakerIsNotWhatWasSaid() {
        var quotes = find("Fighting continued after dark, said a military officer who spoke on condition of anonymity.",
                "The talks failed, according to lawmakers who were present.");
        assertThat(quotes).extracting(Quote::text).containsExactly("Fighting continued after dark", "The talks failed");
    }

    @Test void wherePromisedIsNoPartOfThePromise() {
        var quotes = find("President Emile Haddad pledged in his inauguration speech on Tuesday to clean up the administration.");
        assertThat(quotes).extracting(Quote::text).containsExactly("to clean up the administration");
    }

    @Test void whatACueIsAboutIsNotWhatWasSaid() {
        assertThat(find("The two Ostwick parties agreed to a coalition deal that leaves Anna Holm as sole leader.")).isEmpty();
        assertThat(find("The two Ostwick parties agreed to form a coalition government on Friday."))
                .extracting(Quote::text).containsExactly("to form a coalition government on Friday");
    }

    @Test void theListenerIsNoPartOfWhatWasSaid() {
        var quotes = find("Harbour chairman Stephen Vail told reporters the price was fair.",
                "Vail told The Ostwick Courier the talks had failed.",
                "Vail told reporters Anna Holm would run the company.");
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("the price was fair", "the talks had failed", "Anna Holm would run the company");
    }

    @Test void aCueWithoutAListenerKeepsTheSubjectOfWhatWasSaid() {
        var quotes = find("Harbour chairman Stephen Vail warned the price would rise.");
        assertThat(quotes).extracting(Quote::text).containsExactly("the price would rise");
    }

    @Test void anOpeningParticipialPhraseIsNotWhatTheMainClauseSaid() {
        var quotes = find("Faced with mounting public criticism, Prime Minister Omar Halim called Thursday for an inquiry into the beating.");
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("Faced"));
    }

    @Test void anAsideAfterTheSpeakerIsNoPartOfTheSpeaker() {
        var quotes = find("The Ostlanders, in turn, accuse Veria of reneging on an agreement to release prisoners jailed for attacks.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("The Ostlanders"));
    }

    @Test void theSubjectBeforeAnAsideSpeaks() {
        var quotes = find("The fishermen, for their part, said Varn Chemicals had broken its word on the river.",
                "The anglers, in turn, accuse the company of reneging on an agreement to clean the river.");
        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("The fishermen", "The anglers");
    }

    @Test void aLawmakersPartyLabelAndRelativeClauseLeaveTheNameSpeaking() {
        var quotes = find("Democrats like Rep. Mara Lind, D-Ore., who introduced the water plan in the House, said she"
                + " strongly objected to the cuts.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Mara Lind"));
    }

    @Test void directQuoteBeforeSpeakerAndCue() {
        var quotes = find("\u201cWe will keep the border open,\u201d Interior Minister Karin Holm said.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT))
                .satisfies(q -> assertThat(q.text()).isEqualTo("We will keep the border open"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"))
                .satisfies(q -> assertThat(q.cue()).isEqualTo("said"));
    }

    @Test void directQuoteAfterSpeakerAndColon() {
        var quotes = find("Karin Holm said: \u201cThe border stays open.\u201d");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void invertedCueAfterQuote() {
        var quotes = find("\u201cThe border stays open,\u201d said Karin Holm, the interior minister.");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void straightQuotesWorkLikeCurlyOnes() {
        var quotes = find("\"We are ready,\" Karin Holm told reporters.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("We are ready"))
                .satisfies(q -> assertThat(q.cue()).isEqualTo("told"));
    }

    @Test void partialQuoteInsideReportedSpeech() {
        var quotes = find("Karin Holm said there was \u201cno sense of fatigue\u201d among allies.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL))
                .satisfies(q -> assertThat(q.text()).isEqualTo("no sense of fatigue"));
    }

    @Test void prepositionalObjectBeforeCueIsNotTheSpeaker() {
        var quotes = find("Karin Holm in the past has said the plan is \u201ca reckless gamble.\u201d");
        assertThat(of(quotes, QuoteKind.PARTIAL)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void nextSentenceWithItsOwnClauseDoesNotTakeTheQuote() {
        var quotes = find("Karin Holm says the plan \u201cis simply too late.\u201d Ola Berg warns that the vote must wait.");
        assertThat(of(quotes, QuoteKind.PARTIAL)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void bareFrameInNextSentenceTakesTheQuote() {
        var quotes = find("\u201cThe plan is simply too late.\u201d Karin Holm said on Monday.");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void quoteAfterSubjectWordIsPartial() {
        var quotes = find("Karin Holm spoke first.", "The plan \u201cis simply too late,\u201d she said.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void secondQuotedSentenceContinuesSpeaker() {
        var quotes = find("\u201cWe are ready,\u201d Karin Holm said on Monday. \u201cThe trucks leave at dawn.\u201d");
        assertThat(of(quotes, QuoteKind.DIRECT)).hasSize(2)
                .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void quoteLeftOpenAtParagraphEndContinuesInNextParagraph() {
        var quotes = find("Karin Holm said: \u201cWe are ready. The trucks are loaded.",
                "\u201cThey leave at dawn and will be there by noon.\u201d");
        assertThat(of(quotes, QuoteKind.DIRECT)).extracting(Quote::text).containsExactly(
                "We are ready. The trucks are loaded.", "They leave at dawn and will be there by noon.");
        assertThat(of(quotes, QuoteKind.DIRECT)).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void resolvesPronounSpeakerToNearestPerson() {
        var quotes = find("Karin Holm met Erik Dahl in Oslo.", "\u201cWe agreed on everything,\u201d he said.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Erik Dahl"))
                .satisfies(q -> assertThat(q.speaker().mention()).isNotNull());
    }

    @Test void indirectSpeechWithSpeakerAtEnd() {
        var quotes = find("Karin Holm arrived in Oslo.", "The trucks will leave at dawn, she said.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("The trucks will leave at dawn"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void indirectSpeechAfterSaidThat() {
        var quotes = find("Karin Holm said on Monday that the trucks would leave at dawn.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("the trucks would leave at dawn"));
    }

    @Test void goingOnDoingSomethingIsNoReport() {
        var quotes = find("The harbour firms said they trusted the port and promised their companies would continue to "
                        + "invest in the ferry lines.",
                "\u201cThe crews are ready,\u201d Karin Holm said. \u201cThe money is there,\u201d she continued.");
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).startsWith("to invest"));
        assertThat(of(quotes, QuoteKind.DIRECT)).extracting(Quote::text)
                .containsExactly("The crews are ready", "The money is there");
    }

    @Test void aGroupOfPeopleOfSomethingIsTheSpeakerNotTheThing() {
        var quotes = find("Opponents of the bridge say that the new crossing would cut the town in two.");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Opponents of the bridge"));
    }

    @Test void whatWasSaidKeepsTheParenthesisItOpens() {
        var quotes = find("Karin Holm said the fire raised the temperature in the hall to 600 degrees (1,100 F).");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.text()).endsWith("600 degrees (1,100 F)"));
    }

    @Test void theCueReadsAsTheTextHasIt() {
        var quotes = find("\u201cWe could have saved them all,\u201d Karin Holm was quoted as saying by the Harbour Gazette.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Karin Holm");
            assertThat(q.cue()).isEqualTo("was quoted as saying");
        });
    }

    @Test void theDayOfTheReportIsNoPartOfWhatWasSaid() {
        var quotes = find("Karin Holm said Friday she would not seek a second term.",
                "Erik Dahl said on Tuesday night the trucks had left.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).extracting(Quote::text)
                .containsExactly("she would not seek a second term", "the trucks had left");
    }

    @Test void aDayThatIsTheSubjectStaysInTheContent() {
        var quotes = find("Karin Holm said Friday's vote would decide the matter.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("Friday's vote would decide the matter"));
    }

    @Test void whereItWasSaidIsNoPartOfWhatWasSaid() {
        var quotes = find("Erik Dahl said in an interview broadcast on the northern channel that the ferries would stop.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("the ferries would stop"));
    }

    @Test void anOpeningAdverbialClauseIsNotWhatTheMainClauseSaid() {
        var quotes = find("After first suggesting that the prisoner had hurt himself, Mayor Lena Vik called for an"
                + " inquiry into the wounds.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).noneMatch(q -> q.text().startsWith("After"));
    }

    @Test void anOpeningAdverbialIsReportedWhenTheFrameClosesTheSentence() {
        var quotes = find("After some delays, the new pier has met every safety standard, one harbour official said.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("After some delays, the new pier has met every safety standard"));
    }

    @Test void theNamedPersonOfAnOrganisationSpeaksForIt() {
        var quotes = find("Seeing the wreck up close, Capt. Erik Dahl of the Coast Guard, the rescue commander, confirmed"
                + " that two boats had sunk.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Erik Dahl"));
    }

    @Test void theSubjectAfterWhileSpeaksNotTheSentenceSubject() {
        var quotes = find("The fishermen stayed in port on Monday, while Mayor Lena Vik has warned that the storm will"
                + " close the harbour.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lena Vik"));
    }

    @Test void aDayAfterTheCueIsNoInvertedSpeaker() {
        var quotes = find("A delegation of fishermen lobbying against the new quotas, warned Thursday that the harbour would close.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isNotEqualTo("Thursday").contains("fishermen"));
    }

    @Test void aNameSetAfterItsDescriptionSpeaks() {
        var quotes = find("In Ostwick, a public prosecutor, Lena Vik, said Monday that she had issued a warrant.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lena Vik"));
    }

    @Test void theDescriptionBeforeTheNameIsNoPartOfWhatWasSaid() {
        var quotes = find("The mayor may also stay away, her deputy, Erik Dahl, said after the meeting.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Erik Dahl");
            assertThat(q.text()).isEqualTo("The mayor may also stay away");
        });
    }

    @Test void aNameInsideTheDescriptionAfterTheSpeakerDoesNotSpeak() {
        var quotes = find("Karin Holm, the wife of jailed fisherman Erik Dahl, told reporters that the lawyers had filed an appeal.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void theSubjectBeforeTheDaySpeaks() {
        var quotes = find("The Coast Guard on Monday denied that it had closed the harbour.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Coast Guard"));
    }

    @Test void aDayOrMonthBetweenSubjectAndCueIsPassedOver() {
        var quotes = find("A survey carried out in September and October also showed that the bridge will open in May.",
                "More recently, harbour officials in April warned that the ferry would stop.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).extracting(q -> q.speaker().name())
                .containsExactly("A survey", "harbour officials");
    }

    @Test void aPersonAfterATitleWithAPrepositionSpeaks() {
        var quotes = find("Asked about the claim, Norwegian Ambassador to Veria Erik Dahl said, \u201cWe do not comment.\u201d");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Erik Dahl"));
    }

    @Test void aDayIsNeverTheSubjectThatSpeaks() {
        var quotes = find("A group of investors in the north on Monday applauded the reforms, saying they had been"
                + " assured that the new port would open soon.");
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().equals("Monday"));
    }

    @Test void warnedAndUrgedAreCues() {
        var quotes = find("Erik Dahl warned the storm would hit the coast.", "Karin Holm urged residents to leave early.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).extracting(Quote::cue).containsExactly("warned", "urged");
    }

    @Test void participleCarriesOnSpeaker() {
        var quotes = find("\u201cWe are ready,\u201d Karin Holm said, adding that the trucks would leave at dawn.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.cue()).isEqualTo("adding"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"))
                .satisfies(q -> assertThat(q.text()).isEqualTo("the trucks would leave at dawn"));
    }

    @Test void accordingToNamesTheSource() {
        var quotes = find("The bridge will close for a month, according to the Transport Agency.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.cue()).isEqualTo("according to"))
                .satisfies(q -> assertThat(q.text()).isEqualTo("The bridge will close for a month"));
    }

    @Test void attributesToOutlet() {
        var quotes = find("The government approved a larger budget, The Associated Press reported.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).contains("Associated Press"));
    }

    @Test void unresolvedSpeakerKeepsItsWords() {
        var quotes = find("\u201cNobody expected this,\u201d a senior official said.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.speaker().entityId()).isNull())
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("a senior official"));
    }

    @Test void nestedQuoteStaysInsideOuterQuote() {
        var quotes = find("\u201cHe told me \u2018never again\u2019 and left,\u201d Karin Holm said.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("He told me \u2018never again\u2019 and left"));
    }

    @Test void headlineQuoteWithSayCue() {
        var quotes = find("\u2018Not one step back\u2019 on aid, Holm says", "Karin Holm spoke in Oslo on Monday.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("Not one step back"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void scareQuotesWithoutSpeakerAreNoQuote() {
        assertThat(find("The so-called \u201cpeace plan\u201d was published on Monday.")).isEmpty();
    }

    @Test void unbalancedAndEmptyQuotesNeverThrow() {
        assertThat(find("\u201c\u201c\u201d\"\"", "\u201cIt never closes, Karin Holm said.", "\u201d\u201d stray")).isNotNull();
        assertThat(find()).isEmpty();
    }

    @Test void interruptedQuoteKeepsSpeakerForBothParts() {
        var quotes = find("\u201cLet us take this chance,\u201d Holm concluded, \u201cto win the vote in March.\u201d");
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Holm"));
    }

    @Test void participleAfterNonCueVerbTakesSentenceSubject() {
        var quotes = find("Karin Holm emailed supporters on Monday, telling them, \u201cWe will win this.\u201d");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void partialQuoteTakesPersonSubjectOfItsSentence() {
        var quotes = find("Karin Holm thanked the mayor for \u201ctaking these steps to keep us safe.\u201d");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void indirectQuoteLeavesTheDatelineOut() {
        var quotes = find("OSTRAVIK, May 2 (Northline News) - The port will close for two weeks in June,"
                + " Mayor Lena Vik said on Friday.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("The port will close for two weeks in June"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lena Vik"));
    }

    @Test void partyLabelBetweenNameAndCueIsPassedOver() {
        var quotes = find("\u201cWe are ready for the vote,\u201d Sen. Karin Holm (D-Ore.) said.");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void surveyShareTakesNoQuotation() {
        var quotes = find("In the new poll, 64 percent of voters said the mayor is \u201chonest enough to lead the city.\u201d");
        assertThat(quotes).noneMatch(q -> q.kind() != QuoteKind.INDIRECT);
    }

    @Test void quotationParagraphAfterReportedSpeechTakesItsSpeaker() {
        var quotes = find("Karin Holm said the old pier would close in June.",
                "\u201cWe have no other choice. The pier is no longer safe.\u201d");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void adjunctAfterTheCueLeavesTheContentBeforeIt() {
        var quotes = find("The city will spend 40 million euros on a new pier, Mayor Lena Vik announced on Tuesday,"
                + " after a storm left the old one in ruins.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("The city will spend 40 million euros on a new pier"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lena Vik"));
    }

    @Test void clauseJoinedAfterTheFrameIsNotTheContent() {
        var quotes = find("The storm cancelled 212 ferries, the harbour master Lena Vik said, and about 60% of services ran on Tuesday.");
        assertThat(of(quotes, QuoteKind.INDIRECT)).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("The storm cancelled 212 ferries"));
    }

    @Test void longRelativeClauseBetweenNameAndCueKeepsTheName() {
        var quotes = find("\u201cWe will keep the ferries running,\u201d Karin Holm, who has run a small ferry company on the"
                + " northern coast of the island since 1998, said on Monday.");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void itBesideACueIsTheSource() {
        var quotes = find("The harbour authority published its report on Monday. \u201cThe northern pier is unsafe,\u201d it said.");
        assertThat(of(quotes, QuoteKind.DIRECT)).singleElement()
                .satisfies(q -> assertThat(q.cue()).isEqualTo("said"));
    }

    @Test void itWithAnyOtherVerbIsNoSource() {
        var quotes = find("It seems \u201ca fair deal for the islands\u201d to most of the ferry crews.");
        assertThat(quotes).noneSatisfy(q -> assertThat(q.speaker().name()).isEqualToIgnoringCase("it"));
    }

    @Test void subjectAfterTheCueOfAReportedClauseIsNotTheSpeaker() {
        var quotes = find("Sen. Karin Holm (D-Salem), who has led the harbour board since 2019, said ferry crews are owed"
                + " \u201can apology and a raise.\u201d");
        assertThat(of(quotes, QuoteKind.PARTIAL)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void objectAfterTheCueBeforeAQuotationIsNotTheSpeaker() {
        var quotes = find("Sen. Karin Holm (D-Salem), a harbour board member, called the ferry plan \u201ca reckless gamble.\u201d");
        assertThat(of(quotes, QuoteKind.PARTIAL)).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }
}

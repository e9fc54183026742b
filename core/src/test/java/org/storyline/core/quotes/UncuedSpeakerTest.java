package org.storyline.core.quotes;

import org.junit.jupiter.api.Test;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.nlp.TestArticles.ANNOTATOR;
import static org.storyline.core.nlp.TestArticles.article;

/** Quotations whose verb is no cue: the speaker is the clause's subject, or the name beside the closing mark. */
class UncuedSpeakerTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final EntityResolver entities = new EntityResolver();

    private List<Quote> find(String... paragraphs) {
        AnnotatedArticle a = ANNOTATOR.annotate(article(paragraphs));
        return finder.find(a, entities.resolve(a));
    }

    @Test void openingPhraseBeforeTheSubjectIsPassedOver() {
        var quotes = find("Speaking at a town hall in Salem, Karin Holm went after Ola Berg, calling him \u201ca total stiff.\u201d");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void commonNounSubjectSpeaksWhenNoOneIsNamed() {
        var quotes = find("The harbour master began by talking about the storm, saying that repairs are now"
                + " \u201cfurther away than ever.\u201d");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.PARTIAL).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("The harbour master"));
    }

    @Test void nameAndAnyVerbAfterTheClosingCommaSpeak() {
        var quotes = find("\u201cGo back to your seat,\u201d Karin Holm barked, and the hall fell silent.");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"))
                .satisfies(q -> assertThat(q.cue()).isEqualTo("barked"));
    }

    @Test void capitalisedQuotationInAHeadlineIsStillSomeonesWords() {
        var quotes = find("Karin Holm Calls Harbour Plan A \u2018Reckless Gamble\u2019", "The vote is on Monday.");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("Reckless Gamble"))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void capitalisedQuotationInAnOrdinarySentenceIsATitle() {
        assertThat(find("Karin Holm watched \u201cHarbour Nights\u201d on Monday with her staff.")).isEmpty();
    }

    @Test void nameAndVerbAfterAnExclamationThatEndsTheSentenceSpeak() {
        var quotes = find("The hall was full on Monday. \u201cThis is fantastic!\u201d beamed Karin Holm, who had waited"
                + " since dawn.");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void auxiliaryAfterAQuestionThatEndsTheSentenceIsNoFrame() {
        var quotes = find("The judge turned to Ola Berg. \u201cAre you ready?\u201d I had prepared a statement.");
        assertThat(quotes).noneSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("I"));
    }

    @Test void nameBeforeAColonSpeaksTheQuotationAfterIt() {
        var quotes = find("The hearing ran late on Monday.", "Rep. Karin Holm (D-Salem): \u201cThe ferries must run on time.\u201d");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }
}

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

/** Quotations one cue attributes in one sentence: pieces of one content, or separate quotes. */
class QuotedPiecesTest {

    private final QuoteFinder finder = new QuoteFinder();
    private final EntityResolver entities = new EntityResolver();

    private List<Quote> find(String... paragraphs) {
        AnnotatedArticle a = ANNOTATOR.annotate(article(paragraphs));
        return finder.find(a, entities.resolve(a));
    }

    @Test void piecesAfterOneCueAreOneQuote() {
        var quotes = find("Karin Holm called the harbour plan a \u201creckless gamble\u201d and a \u201cwaste of money.\u201d");
        assertThat(quotes).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL))
                .satisfies(q -> assertThat(q.text()).isEqualTo("reckless gamble\u201d and a \u201cwaste of money."))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void participleBetweenQuotationsKeepsThemApart() {
        var quotes = find("Karin Holm called the harbour plan a \u201creckless gamble\u201d on Monday, questioning"
                + " how it had \u201cgot this far.\u201d");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.PARTIAL).hasSize(2);
    }

    @Test void quotationsOnEitherSideOfTheCueStayApart() {
        var quotes = find("\u201cThe harbour is safe,\u201d Karin Holm said, \u201cand it will stay open.\u201d");
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void singleMarksNestWhenDoubleMarksAreTwoApostrophes() {
        var quotes = find("''I told the council, 'Not this winter,' and they listened,'' Karin Holm said.",
                "'Harbour first.'", "The vote is on Monday.");
        assertThat(quotes).extracting(Quote::text).doesNotContain("Not this winter", "Harbour first.");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("I told the council, 'Not this winter,' and they listened");
            assertThat(q.speaker().name()).isEqualTo("Karin Holm");
        });
    }

    @Test void twoApostrophesQuoteAsADoubleMarkDoes() {
        var quotes = find("The mayor spoke at the harbour on Monday.",
                "''It has been a very successful season,'' said Ivo Lask, the harbour master.",
                "Karin Holm called the plan ''a reckless gamble'' and said she would vote against it.");
        assertThat(quotes).extracting(Quote::kind, Quote::text).contains(
                org.assertj.core.groups.Tuple.tuple(QuoteKind.DIRECT, "It has been a very successful season"),
                org.assertj.core.groups.Tuple.tuple(QuoteKind.PARTIAL, "a reckless gamble"));
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT)
                .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Ivo Lask"));
    }

    @Test void aPluralPossessiveInsideSingleMarksDoesNotCloseTheQuotation() {
        var quotes = find("The minister said: \u2018We will not back down. The workers\u2019 union knows that.\u2019",
                "Karin Holm called the owners \u2018the bosses\u2019 and left the room.");
        assertThat(quotes).extracting(Quote::text).containsExactly("We will not back down. The workers\u2019 union knows that.",
                "the bosses");
        assertThat(find("'We will not back down. The workers' union knows that,' the minister said."))
                .extracting(Quote::text).containsExactly("We will not back down. The workers' union knows that");
    }

    @Test void backticksOpenAQuotationThatTwoApostrophesClose() {
        var quotes = find("``The ferries will run on time this winter,'' said Ivo Lask, the harbour master.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.text()).isEqualTo("The ferries will run on time this winter");
            assertThat(q.speaker().name()).isEqualTo("Ivo Lask");
        });
    }

    @Test void singleMarksQuoteWhereDoubleMarksAreCurly() {
        var quotes = find("\u201cWe listened,\u201d Karin Holm said.", "'Harbour first,' she added.");
        assertThat(quotes).extracting(Quote::text).contains("Harbour first");
    }

    @Test void quotationEndingItsSentenceIsWholeWhenTheSplitterRunsOn() {
        var quotes = find("\"The ferries are late,\" Karin Holm said. \"We will act this week. Fixing it has to happen"
                + " at the harbour and in the yards.\" It is unclear what she plans for the harbour.");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("We will act")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT))
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Karin Holm"));
    }

    @Test void colonLeadInWithoutAFrameDoesNotCarryOnTheLastSpeaker() {
        var quotes = find("\u201cThe ferries are late,\u201d Karin Holm said. From the harbour report: \u201cThree boats failed"
                + " their inspections.\u201d");
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).startsWith("Three boats"));
    }
}

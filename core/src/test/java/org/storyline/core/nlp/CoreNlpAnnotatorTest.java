package org.storyline.core.nlp;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.nlp.TestArticles.ANNOTATOR;
import static org.storyline.core.nlp.TestArticles.article;

class CoreNlpAnnotatorTest {

    private static Mention first(AnnotatedArticle a, MentionType type) {
        return a.mentions().stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }

    @Test void resolvesWeekdayAgainstPublicationDate() {
        var a = ANNOTATOR.annotate(article("The minister spoke on Wednesday in Oslo."));
        assertThat(first(a, MentionType.DATE).normalized()).isEqualTo("2023-11-29");
    }

    @Test void nameAfterAClosingQuoteStartsAtTheName() {
        var a = ANNOTATOR.annotate(article(
                "The smaller gap would have been \u201cprobably a little too close for comfort,\u201d Mission Control said."));
        assertThat(a.mentions()).filteredOn(m -> m.text().contains("Control")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Mission Control");
            assertThat(m.span().of(a.text())).isEqualTo("Mission Control");
        });
    }

    @Test void resolvesMonthAndYear() {
        var a = ANNOTATOR.annotate(article("The war began in February 2022 after months of tension."));
        assertThat(first(a, MentionType.DATE).normalized()).isEqualTo("2022-02");
    }

    @Test void datesComeOnceInTextOrderWithTheirTokensTagged() {
        var a = ANNOTATOR.annotate(article("Talks began Nov. 28, 2023, and 3,000 people marched on Monday."));
        assertThat(a.mentions()).filteredOn(m -> m.type() == MentionType.DATE)
                .extracting(Mention::text, Mention::normalized).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nov. 28, 2023", "2023-11-28"),
                        org.assertj.core.groups.Tuple.tuple("Monday", "2023-11-27"));
        assertThat(a.mentions()).isSortedAccordingTo((x, y) -> Integer.compare(x.span().begin(), y.span().begin()));
        assertThat(a.mentions()).filteredOn(m -> m.type() == MentionType.NUMBER).extracting(Mention::text).containsExactly("3,000");
        assertThat(a.sentences().get(0).tokens()).filteredOn(t -> t.ner().equals("DATE"))
                .extracting(t -> t.text()).containsExactly("Nov.", "28", ",", "2023", "Monday");
    }

    @Test void relativeDatesStayUnresolvedWithoutPublicationDate() {
        Article undated = new Article("t", "test", null, null, null, List.of(), null, null,
                List.of("The law passed in 2017 and was repealed last week."), List.of(), "en");
        assertThat(ANNOTATOR.annotate(undated).mentions()).filteredOn(m -> m.type() == MentionType.DATE)
                .extracting(Mention::normalized).containsExactly("2017", null);
    }

    @Test void numberTokensAreTaggedWithTheirMention() {
        var a = ANNOTATOR.annotate(article("Police said 3,000 people marched for two days."));
        assertThat(a.sentences().get(0).tokens()).filteredOn(t -> !t.ner().equals("O"))
                .extracting(t -> t.text(), t -> t.ner()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3,000", "NUMBER"),
                        org.assertj.core.groups.Tuple.tuple("two", "DURATION"),
                        org.assertj.core.groups.Tuple.tuple("days", "DURATION"));
    }

    @Test void normalizesMillionsAndThousands() {
        var a = ANNOTATOR.annotate(article("The plant made 300,000 of the 1 million parts it promised."));
        assertThat(a.mentions()).filteredOn(m -> m.type() == MentionType.NUMBER)
                .extracting(Mention::normalized).containsExactly("300000", "1000000");
    }

    @Test void normalizesMoneyWithCurrency() {
        var a = ANNOTATOR.annotate(article("Lawmakers approved a $415 billion budget for the year."));
        assertThat(first(a, MentionType.MONEY).normalized()).isEqualTo("USD 415000000000");
    }

    @Test void normalizesPercent() {
        var a = ANNOTATOR.annotate(article("Spending rose 25% over the year."));
        assertThat(first(a, MentionType.PERCENT).normalized()).isEqualTo("25");
    }

    @Test void marksPeopleOrganisationsAndPlaces() {
        var a = ANNOTATOR.annotate(article("Maria Olsen of the World Health Organization arrived in Geneva."));
        assertThat(a.mentions()).extracting(Mention::text, Mention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Maria Olsen", MentionType.PERSON),
                org.assertj.core.groups.Tuple.tuple("World Health Organization", MentionType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Geneva", MentionType.LOCATION));
    }

    @Test void spansPointIntoArticleText() {
        Article article = article("First paragraph here.", "Peter Lund met reporters in Bergen.");
        var a = ANNOTATOR.annotate(article);
        for (Mention m : a.mentions()) {
            assertThat(m.span().of(article.text())).isEqualTo(m.text());
        }
        a.sentences().forEach(s -> s.tokens().forEach(t -> assertThat(t.span().of(article.text())).isEqualTo(t.text())));
    }

    @Test void sentencesKnowTheirParagraph() {
        var a = ANNOTATOR.annotate(article("A headline without a stop", "One sentence. Another one.", "Last."));
        assertThat(a.sentences()).extracting(s -> s.paragraph()).containsExactly(0, 1, 1, 2);
    }

    @Test void tagsPartOfSpeechAndLemma() {
        var a = ANNOTATOR.annotate(article("The ministers said nothing."));
        var said = a.sentences().get(0).tokens().get(2);
        assertThat(said.pos()).isEqualTo("VBD");
        assertThat(said.lemma()).isEqualTo("say");
    }

    @Test void emptyArticleHasNoSentences() {
        assertThat(ANNOTATOR.annotate(article()).sentences()).isEmpty();
        assertThat(ANNOTATOR.annotate(article("   ")).sentences()).isEmpty();
    }

    @Test void leavesArticleInAnotherLanguageUnannotated() {
        Article german = new Article("d", "test", null, null, null, List.of(), null, null,
                List.of("Der Minister sagte am Mittwoch, die Hilfe gehe weiter."), List.of(), "de");
        assertThat(ANNOTATOR.annotate(german).sentences()).isEmpty();
    }

    @Test void survivesUnbalancedQuotesAndOnlyQuoteMarks() {
        var a = ANNOTATOR.annotate(article("\u201c\u201c\u201d\"\"\u2018", "\u201cIt never closes, he said."));
        assertThat(a.sentences()).isNotEmpty();
    }

    @Test void sharedPipelineGivesSameResultsFromTwoThreads() throws Exception {
        List<Article> articles = List.of(
                article("Peter Lund met Maria Olsen in Bergen on Monday.", "They agreed on a $5 million plan."),
                article("The World Health Organization said 25% of cases were mild.", "Officials in Geneva agreed."),
                article("Karin Holm spoke in Oslo on Friday about the 300,000 tonnes of grain."));
        List<AnnotatedArticle> sequential = articles.stream().map(ANNOTATOR::annotate).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var futures = articles.stream().map(a -> pool.submit(() -> ANNOTATOR.annotate(a))).toList();
                for (int i = 0; i < articles.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}

package org.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.nlp.TestArticles;

class ArticleAnalyzerTest {

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(TestArticles.ANNOTATOR, AnalysisSettings.defaults());

    private static Article inLanguage(String language, String... paragraphs) {
        Article a = TestArticles.article(paragraphs);
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.credits(), a.published(),
                a.datelinePlace(), a.paragraphs(), a.captions(), language);
    }

    @Test void findsEntitiesQuotesAndClaimsOfOneArticle() {
        var outcome = analyzer.analyze(TestArticles.article(
                "NATO Secretary General Jens Stoltenberg said on Tuesday that allies had sent 300 tanks to Ukraine.",
                "\u201cWe must sustain this support,\u201d Stoltenberg said."));
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.analysis().entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Jens Stoltenberg"));
        assertThat(outcome.analysis().quotes()).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.speaker().name()).isEqualTo("Jens Stoltenberg");
        });
        assertThat(outcome.analysis().claims()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(300);
            assertThat(c.unit()).isEqualTo("tanks");
        });
    }

    @Test void articleWithoutTextGivesAnEmptyAnalysisWithANote() {
        for (Article empty : List.of(TestArticles.article(), TestArticles.article("", "   "))) {
            var outcome = analyzer.analyze(empty);
            assertThat(outcome.failures()).isEmpty();
            assertThat(outcome.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("no text"));
            assertThat(outcome.analysis().annotated().sentences()).isEmpty();
        }
    }

    @Test void articleOfOnlyPunctuationIsAnalyzedWithoutFailure() {
        var outcome = analyzer.analyze(TestArticles.article("...", "\u2014 \u2014", "*"));
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.analysis().quotes()).isEmpty();
        assertThat(outcome.analysis().claims()).isEmpty();
    }

    @Test void giantArticleIsCutToTheWordLimitWithANote() {
        String paragraph = "The minister said the army had moved 300 soldiers to the border overnight. ".repeat(40);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 385; i++) { // 13 words a sentence, 40 sentences a paragraph: 200,200 words
            paragraphs.add(paragraph.strip());
        }
        Article giant = TestArticles.article(paragraphs.toArray(String[]::new));
        // a lower limit than the default keeps the test quick; the cut is the same
        var outcome = new ArticleAnalyzer(TestArticles.ANNOTATOR, new AnalysisSettings(3_000, 1)).analyze(giant);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.notes()).singleElement().satisfies(n ->
                assertThat(n.reason()).contains("cut to its first 3000 of 200200 words"));
        String analyzed = outcome.analysis().annotated().text();
        assertThat(giant.text()).startsWith(analyzed);
        assertThat(analyzed.split("\\s+")).hasSize(3_000);
        assertThat(outcome.analysis().claims()).isNotEmpty();
    }

    @Test void germanArticleIsFlaggedAndNotAnalyzed() {
        var outcome = analyzer.analyze(inLanguage("de",
                "Der Außenminister sagte am Dienstag, die Verbündeten hätten 300 Panzer geliefert."));
        assertThat(outcome.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("'de'"));
        assertThat(outcome.analysis().entities()).isEmpty();
        assertThat(outcome.analysis().claims()).isEmpty();
    }

    @Test void untaggedGermanOrChineseIsRecognisedFromItsText() {
        var german = analyzer.analyze(inLanguage("und", "Die Regierung hat am Montag erklärt, dass sie die Hilfe für"
                + " die Ukraine nicht kürzen wird, und der Minister sagte, es sei eine Frage der Sicherheit."));
        var chinese = analyzer.analyze(inLanguage("und", "北约秘书长斯托尔滕贝格星期二表示，盟国必须继续支持乌克兰。"));
        assertThat(german.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("'de'"));
        assertThat(chinese.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("'zh'"));
    }

    @Test void unbalancedQuotationMarksGiveAnOutcomeWithoutFailure() {
        var outcome = analyzer.analyze(TestArticles.article(
                "\u201cWe will not stop, said the minister, who spoke to 40 reporters.",
                "Officials said \"the plan was ready. Nobody closed this quote."));
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.analysis().annotated().sentences()).isNotEmpty();
    }

    @Test void paragraphOfOnlyQuotationMarksGivesAnOutcomeWithoutFailure() {
        var outcome = analyzer.analyze(TestArticles.article("The minister spoke.",
                "\u201c\u201d\u201c\"\"\u2018\u2019 \u00ab\u00bb \u201d\u201d\u201c", "He left."));
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.analysis().quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
    }

    @Test void stageThatThrowsBecomesAFailureOfThatArticle() {
        var broken = new ArticleAnalyzer(article -> {
            throw new IllegalStateException("boom");
        }, AnalysisSettings.defaults());
        var outcome = broken.analyze(TestArticles.article("The minister spoke."));
        assertThat(outcome.failures()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("nlp");
            assertThat(f.reason()).contains("boom");
        });
        assertThat(outcome.analysis().claims()).isEmpty();
    }

    @Test void analyzeAllKeepsInputOrderOnSeveralThreads() {
        var parallel = new ArticleAnalyzer(TestArticles.ANNOTATOR, AnalysisSettings.defaults().withThreads(2));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Article a = TestArticles.article("Article number " + i + " reports that " + (i + 1) * 10 + " ships sailed.");
            articles.add(new Article("a" + i, "s" + i, null, null, null, List.of(), a.published(), null,
                    a.paragraphs(), List.of(), "en"));
        }
        List<String> seen = new ArrayList<>();
        parallel.analyzeAll(articles, outcome -> seen.add(outcome.analysis().article().id()));
        assertThat(seen).containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6");
    }
}

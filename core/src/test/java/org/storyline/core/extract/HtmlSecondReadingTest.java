package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;
import static org.storyline.core.extract.HtmlArticleExtractorTest.page;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** Pages whose furniture rules would take the whole story, read a second time. */
class HtmlSecondReadingTest {

    private static final String STORY = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    @Test
    void readsAStoryThatAThemeWrapsInAWidget() throws Exception {
        Article a = extract("<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div>"
                + "<div class=\"builder\"><div class=\"builder-widget-wrap\"><div class=\"text-editor\"><p>" + P1 + "</p><p>"
                + P2 + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void readsEveryPartOfAStoryThatAThemeWrapsInWidgetsOfItsOwn() throws Exception {
        String part = "<section class=\"builder-section\"><div class=\"builder-widget-wrap\"><div class=\"text-editor\">%s</div>"
                + "</div></section>";
        Article a = extract("<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div><div class=\"builder\">"
                + part.formatted("<p>" + P1 + "</p>") + part.formatted("<p>" + P2 + "</p>") + part.formatted("<p>" + P3 + "</p>")
                + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsAStoryPrintedInAnAside() throws Exception {
        Article a = extract("<main><aside class=\"column-direct\"><section><article><h1>Ferry terminal delayed again</h1>"
                + STORY + "</article></section></aside></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsAStoryPrintedForReadersWithoutScripts() throws Exception {
        Article a = extract("<div id=\"app\"></div><noscript><div id=\"page\"><h1>Ferry terminal delayed again</h1>"
                + STORY + "</div></noscript>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void givesUpAStrayLineForTheStoryReadAgain() throws Exception {
        Article a = extract("<div id=\"app\"><p>Archive</p></div><noscript><div id=\"page\"><h1>Ferry terminal delayed again</h1>"
                + STORY + "</div></noscript>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutTheFurnitureBesideAStoryReadAgain() throws Exception {
        String promo = "Our weekend edition brings the best of the coast to your door every Saturday morning, with "
                + "puzzles, recipes and the tide tables.";
        Article a = extract("<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div>"
                + "<div class=\"builder\"><div class=\"builder-widget-wrap\"><div class=\"text-editor\"><p>" + P1 + "</p><p>"
                + P2 + "</p></div><div class=\"promo-box\"><p>" + promo + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void keepsAShortPostThatASidebarOutweighs() throws Exception {
        String post = "The ferry was late again this morning. Nobody on the quay was surprised.";
        Article a = extract("<article><h1>Late again</h1><div class=\"entry-content\"><p>" + post + "</p></div></article>"
                + "<aside class=\"about\">" + STORY + "</aside>");
        assertThat(a.paragraphs()).containsExactly(post);
    }
}

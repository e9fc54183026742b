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
    void readsTheOpeningParagraphClassedApartAndLeavesABoxTitledBetweenTheParts() throws Exception {
        String part = "<section class=\"builder-section\"><div class=\"builder-widget-wrap\"><div class=\"text-editor\">%s</div>"
                + "</div></section>";
        String opening = "The ferry terminal was meant to open this spring, with a new pier, a waiting room and a cafe. It will not, "
                + "and nobody on the quay who has watched the work stop and start is surprised.";
        String box = "<section class=\"builder-section\"><div class=\"builder-widget-wrap\"><div class=\"cta\"><h3>Book a "
                + "harbour tour</h3><div class=\"cta-text\">Tours run Thursday through Saturday, with tea on the quay after "
                + "each one.</div></div></div></section>";
        Article a = extract("<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div><div class=\"builder\">"
                + part.formatted("<p class=\"has-drop-cap\">" + opening + "</p>") + part.formatted("<p>" + P1 + "</p>")
                + part.formatted("<p>" + P2 + "</p>") + box + part.formatted("<p>" + P3 + "</p>") + "</div>");
        assertThat(a.paragraphs()).containsExactly(opening, P1, P2, P3);
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

    @Test
    void givesUpATeasersSummaryForTheStoryReadAgain() throws Exception {
        String part = "<div class=\"builder-widget builder-widget-text\"><div class=\"builder-widget-container\">%s</div></div>";
        String card = "<article class=\"builder-post\"><h3 class=\"builder-post__title\"><a href=\"/news/%s\">%s</a></h3>"
                + "<div class=\"builder-post__excerpt\"><p>%s</p></div><a class=\"builder-post__read-more\" href=\"/news/%s\">"
                + "Read More</a></article>";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><section class=\"builder-section\">"
                + part.formatted("<p>" + P1 + "</p>") + part.formatted("<p>" + P2 + "</p>") + part.formatted("<p>" + P3 + "</p>")
                + "</section><section class=\"more-news\"><h2>More news</h2>"
                + card.formatted("regatta", "Harbour regatta returns after a two-year break",
                        "Forty boats are expected on the water on Saturday as the harbour regatta returns, with a new course "
                                + "past the lighthouse and a race for rowing crews.", "regatta")
                + "</section></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheHeadingsAndListsBetweenTheParagraphsOfAStoryReadAgain() throws Exception {
        String part = "<div class=\"builder-widget builder-widget-text\"><div class=\"builder-widget-container\">%s</div></div>";
        String heading = "<div class=\"builder-widget builder-widget-heading\"><div class=\"builder-widget-container\">"
                + "<h2>%s</h2></div></div>";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><section class=\"builder-section\">"
                + "<div class=\"builder-widget-wrap\">" + part.formatted("<p>" + P1 + "</p>") + heading.formatted("What changes for passengers")
                + part.formatted("<ul><li>Sailings from the east quay move to the west quay on Monday</li>"
                        + "<li>The 7.15 sailing is cancelled until the new ramp is in</li>"
                        + "<li>Season tickets run on for another month at no charge</li></ul>")
                + part.formatted("<p>" + P2 + "</p>") + part.formatted("<p>" + P3 + "</p>") + "</div></section></main>");
        assertThat(a.paragraphs()).containsExactly(P1, "What changes for passengers",
                "Sailings from the east quay move to the west quay on Monday",
                "The 7.15 sailing is cancelled until the new ramp is in",
                "Season tickets run on for another month at no charge", P2, P3);
    }
}

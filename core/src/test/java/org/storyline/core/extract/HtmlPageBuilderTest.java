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

/**
 * Stories a page builder sets piece by piece, each piece in a widget of its own whose class names furniture, and the
 * cards of the site's other posts after them.
 */
class HtmlPageBuilderTest {

    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://www.elling-gazette.example/news/ferry\">";
    private static final String PROMO = "Our free guide to the harbour walks takes you from the quay to the lighthouse and "
            + "back in an afternoon, with a map of every bench.";
    private static final String P4 = "The authority said the second ferry would stay on hire until the terminal opens, at "
            + "a cost it put at forty thousand pounds a month, which the harbour dues will not cover.";
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String url, String head, String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page(head, body),
                new DocumentHints(url, null, null, null, null)));
    }

    private static String widget(String kind, String content) {
        return "<div class=\"builder-element builder-widget builder-widget-" + kind + "\"><div class=\"builder-widget-container\">"
                + content + "</div></div>";
    }

    private static String builtStory() {
        return "<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div><div class=\"builder-container\">"
                + widget("text-editor", "<p>" + P1 + "</p><p>" + P2 + "</p>")
                + widget("heading", "<h2><span>What the delay costs</span></h2>")
                + widget("text-editor", "<ul><li>Two more winters of the old quay</li><li>A second diesel ferry on hire</li></ul>")
                + widget("call-to-action", "<h3>Walk the harbour</h3><div class=\"builder-cta__description\">" + PROMO
                        + "</div><a class=\"builder-button\" href=\"/guide\">Get the guide</a>")
                + widget("text-editor", "<p>" + P3 + "</p><p>" + P4 + "</p>")
                + "</div>";
    }

    private static String card(String slug, String title, String summary) {
        String href = "https://www.elling-gazette.example/news/" + slug;
        return "<article class=\"builder-post\"><div class=\"builder-post__text\"><h3 class=\"builder-post__title\"><a href=\""
                + href + "\">" + title + "</a></h3><div class=\"builder-post__meta\">March 4, 2031</div>"
                + "<div class=\"builder-post__excerpt\"><p>" + summary + "</p></div><a href=\"" + href + "\">Read More</a>"
                + "</div></article>";
    }

    @Test
    void keepsEveryPieceOfTheStoryWithItsSubheadingAndListButNotTheBuildersBoxes() throws Exception {
        Article a = extract("https://www.elling-gazette.example/news/ferry", "", builtStory());
        assertThat(a.paragraphs()).containsExactly(P1, P2, "What the delay costs", "Two more winters of the old quay",
                "A second diesel ferry on hire", P3, P4);
    }

    @Test
    void keepsATablePieceAndTheShortLineThatIntroducesIt() throws Exception {
        String story = "<div class=\"title-bar\"><h1>Ferry terminal delayed again</h1></div><div class=\"builder-container\">"
                + widget("text-editor", "<p>" + P1 + "</p><p>" + P2 + "</p>")
                + widget("text-editor", "<p>What each ferry costs a month:</p>")
                + widget("text-editor", "<table><tr><th>Ferry</th><th>Cost</th></tr><tr><td>Old diesel</td><td>£40,000</td></tr>"
                        + "<tr><td>Hired relief</td><td>£55,000</td></tr></table>")
                + widget("text-editor", "<p>" + P3 + "</p><p>" + P4 + "</p>")
                + "</div>";
        Article a = extract("https://www.elling-gazette.example/news/ferry", "", story);
        assertThat(a.paragraphs()).containsExactly(P1, P2, "What each ferry costs a month:", "Ferry Cost",
                "Old diesel £40,000", "Hired relief £55,000", P3, P4);
    }

    @Test
    void leavesOutTheCardsOfOtherPostsThatLinkTheCanonicalSite() throws Exception {
        String cards = "<div class=\"builder-posts\">"
                + card("bridge", "Bridge repairs to start in May", "The council has found the money at last, and the "
                        + "contractor says the work will take the whole summer.")
                + card("budget", "Harbour budget passes on a close vote", "Councillors argued for four hours before the "
                        + "budget passed by a single vote, with the mayor abstaining.")
                + card("tides", "Spring tides flood the lower quay", "Shopkeepers on the lower quay spent the weekend "
                        + "pumping water out of their cellars after the highest tide in years.")
                + "</div>";
        Article a = extract("https://mirror.example/copies/ferry", CANONICAL,
                "<div class=\"single\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                        + "</p>" + cards + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
}

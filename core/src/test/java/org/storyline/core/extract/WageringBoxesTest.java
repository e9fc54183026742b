package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A sportsbook's box of odds is found by the gambling notice it prints; a story about gambling is not a box. */
class WageringBoxesTest {

    private static Set<Element> boxes(String body) {
        PageElements page = PageElements.of(Jsoup.parse("<html><body>" + body + "</body></html>").body());
        return WageringBoxes.find(page, Set.of(), ProseRun.around(page));
    }

    @Test
    void findsTheWholeBoxAroundAGermanNotice() {
        Set<Element> found = boxes("<div class=\"q1\"><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"q2\"><h4>Quoten Hafenpokal</h4>"
                + "<ul><li>Elling 1,45</li><li>Port 4,20</li></ul><small>18+ | Bitte verantwortungsvoll spielen.</small></div><p>"
                + P3 + "</p></div>");
        assertThat(found).extracting(Element::className).containsExactly("q2");
    }

    @Test
    void leavesAStoryThatQuotesTheHelplineWhereItIs() {
        String story = "The council said it would fund two more counsellors for people with a gambling problem, and that anyone "
                + "worried about their betting should call 1-800-GAMBLER or the harbour clinic for free advice.";
        Set<Element> found = boxes("<div class=\"q1\"><p>" + P1 + "</p><p>" + story + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div>");
        assertThat(found).isEmpty();
    }
}

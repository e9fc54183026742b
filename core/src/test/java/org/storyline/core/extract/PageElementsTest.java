package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class PageElementsTest {

    private final Document page = Jsoup.parse("<html><head><meta name=description content=Ferries></head><body>"
            + "<div id=story><h1>Ferry returns</h1><p class=lede>The ferry <b>ran</b> again.</p></div>"
            + "<aside><p>Related</p></aside></body></html>");
    private final PageElements listed = PageElements.of(page);

    @Test
    void listsEveryElementInDocumentOrder() {
        assertThat(listed.all()).containsExactlyElementsOf(page.getAllElements());
    }

    @Test
    void listsATagsElementsInDocumentOrder() {
        assertThat(listed.byTag("p")).extracting(Element::text).containsExactly("The ferry ran again.", "Related");
        assertThat(listed.byTag("video")).isEmpty();
    }

    @Test
    void findsTheFirstElementOfATag() {
        assertThat(listed.first("p")).isSameAs(page.selectFirst("p"));
        assertThat(listed.first("video")).isNull();
    }

    @Test
    void listsTheElementsWithAttributes() {
        assertThat(listed.attributed()).extracting(Element::normalName).containsExactly("meta", "div", "p");
    }

    @Test
    void listsTheTextNodesInDocumentOrder() {
        assertThat(listed.texts()).extracting(TextNode::text)
                .containsExactly("Ferry returns", "The ferry ", "ran", " again.", "Related");
    }

    @Test
    void selectsAsTheRootsSelectorDoes() {
        var lede = QueryParser.parse("p.lede, meta[name=description]");
        assertThat(listed.select(lede)).containsExactlyElementsOf(page.select(lede));
    }

    @Test
    void aStretchHoldsOneElementsSubtree() {
        Element story = page.getElementById("story");
        PageElements stretch = listed.under(story);
        assertThat(stretch.root()).isSameAs(story);
        assertThat(stretch.all()).containsExactlyElementsOf(story.getAllElements());
        assertThat(stretch.byTag("p")).hasSize(1);
    }

    @Test
    void aStretchOfTheLastElementRunsToTheEnd() {
        Element aside = page.selectFirst("aside");
        assertThat(listed.under(aside).all()).containsExactlyElementsOf(aside.getAllElements());
    }
}

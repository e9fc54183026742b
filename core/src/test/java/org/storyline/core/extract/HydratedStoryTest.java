package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;
import static org.storyline.core.extract.HtmlArticleExtractorTest.page;
import static org.storyline.core.extract.HtmlBodyInterruptedTest.P4;
import static org.storyline.core.extract.HtmlBodyInterruptedTest.Q1;
import static org.storyline.core.extract.HtmlBodyInterruptedTest.Q2;
import static org.storyline.core.extract.HtmlBodyInterruptedTest.Q3;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** A page that shows only its story's opening takes the whole story from the rich text it hydrates itself with. */
class HydratedStoryTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    /** A paragraph node whose text is split in two text nodes around a link, as rich-text editors store it. */
    private static String node(String text) {
        int cut = text.indexOf(' ', text.length() / 2) + 1;
        return "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"" + text.substring(0, cut)
                + "\"},{\"type\":\"link\",\"href\":\"/news/x\",\"content\":[{\"type\":\"text\",\"value\":\""
                + text.substring(cut) + "\"}]}]}";
    }

    private static String data(List<String> paragraphs) {
        var nodes = new StringBuilder();
        for (String p : paragraphs) {
            nodes.append(nodes.length() == 0 ? "" : ",").append(node(p));
        }
        return "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"story\":{\"body\":{\"type\":"
                + "\"document\",\"content\":[" + nodes + "]},\"related\":[{\"title\":\"Two libraries to close\"}]}}}</script>";
    }

    private static String visible(String... paragraphs) {
        var html = new StringBuilder("<article><h1>Ferry terminal delayed again</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("<div class=\"paywall\">Subscribe to read on</div></article>").toString();
    }

    @Test
    void takesTheWholeStoryFromTheDataWhenThePageShowsItsOpening() throws Exception {
        List<String> story = List.of(P1, P2, P3, P4, Q1, Q2, Q3);
        Article a = extract(visible(P1, P2) + data(story));
        assertThat(a.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsThePageWhenTheDataIsNoLongerThanWhatItShows() throws Exception {
        Article a = extract(visible(P1, P2, P3) + data(List.of(P1, P2, P3, P4)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsThePageWhenTheDataDoesNotOpenWithWhatItShows() throws Exception {
        Article a = extract(visible(P1, P2) + data(List.of(Q1, Q2, Q3, P4, Q1, Q2, Q3, P1, P2)));
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void keepsThePageWhenTheDataHoldsWholeStoriesAndNotParagraphs() throws Exception {
        String first = "{\"type\":\"story\",\"content\":[{\"type\":\"text\",\"value\":\"" + P1 + " " + P2 + " " + P3
                + "\"}]}";
        String next = "{\"type\":\"story\",\"content\":[{\"type\":\"text\",\"value\":\"" + Q1 + " " + Q2 + " " + Q3
                + "\"}]}";
        String data = "<script type=\"application/json\">{\"stories\":[" + first + "," + next + "," + next + "]}</script>";
        Article a = extract(visible(P1) + data);
        assertThat(a.paragraphs()).containsExactly(P1);
    }
}

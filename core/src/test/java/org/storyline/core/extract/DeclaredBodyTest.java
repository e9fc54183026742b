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

/** The text a page declares as its article body (JSON-LD {@code articleBody}) marks where the story ends. */
class DeclaredBodyTest {

    private static final String PITCH = "Get the Harbour Week letter: the tides, the timetables and the gossip from "
            + "the quay, every Friday morning, free.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String declared, String body) throws ExtractionException {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal "
                + "delayed again\",\"articleBody\":\"" + declared + "\"}</script>";
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page(head, body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    private static String story(String after) {
        return "<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + after + "</article>";
    }

    @Test
    void dropsWhatFollowsTheLastParagraphTheDeclaredBodyHolds() throws Exception {
        Article a = extract(P1 + " " + P2 + " " + P3, story("<p>" + PITCH + "</p><p>Senior Editor</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsADeclaredBodyWrittenAsEscapedHtml() throws Exception {
        String escaped = "&lt;p&gt;" + P1 + "&lt;/p&gt;&lt;p&gt;" + P2 + "&lt;/p&gt;&lt;p&gt;" + P3 + "&lt;/p&gt;";
        Article a = extract(escaped, story("<p>" + PITCH + "</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheRestWhenTheDeclaredBodyIsOnlyATeaser() throws Exception {
        Article a = extract(P1, story("<p>" + PITCH + "</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, PITCH);
    }
}

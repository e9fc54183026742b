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

/** A story that something interrupts (a box of links, a product list, an embed) goes on after it. */
class HtmlBodyInterruptedTest {

    static final String P4 = "A spokesman for the operator said the company would run a larger replacement boat on the "
            + "route until the terminal opened, at no extra cost to passengers.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    private static String links(int n) {
        var box = new StringBuilder("<div class=\"inline-box\"><ul>");
        for (int i = 1; i <= n; i++) {
            box.append("<li><a href=\"/news/story-").append(i).append("\">Harbour board story number ").append(i)
                    .append(" about the quay, the pier and the mooring fees</a></li>");
        }
        return box.append("</ul></div>").toString();
    }

    @Test
    void keepsStoryAfterABoxOfLinksInItsMiddle() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + links(8) + "<p>" + P3 + "</p><p>" + P4 + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }
}

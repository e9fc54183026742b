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

/** A live page's posts, each with a header of its own: time, heading, author. */
class HtmlLivePageTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/live/storm", null, null, null, null)));
    }

    private static String post(String header, String time, String heading, String text) {
        return "<article class=\"post\">" + header.formatted("<span class=\"time\">" + time + "</span><h3>" + heading
                + "</h3><span class=\"author\">Mara Lind, live reporter</span>") + "<div class=\"post-body\"><p>" + text
                + "</p></div></article>";
    }

    /** A live page of three posts, each with its header set as {@code header} ("%s" for what it holds). */
    private Article livePage(String header) throws ExtractionException {
        return extract("<main><h1>Storm live: ferries cancelled along the coast</h1><div class=\"stream\">"
                + post(header, "17:42", "Ferry services cancelled until Saturday", P1)
                + post(header, "17:21", "Harbour wall closed to walkers", P2)
                + post(header, "16:55", "Residents asked to stay indoors", P3) + "</div></main>");
    }

    @Test
    void keepsEachPostsHeadingButNotItsTimeOrAuthor() throws Exception {
        assertThat(livePage("<header>%s</header>").paragraphs()).containsExactly("Ferry services cancelled until Saturday",
                P1, "Harbour wall closed to walkers", P2, "Residents asked to stay indoors", P3);
    }

    @Test
    void keepsTheHeadingOfAPostHeaderNamedByItsClass() throws Exception {
        assertThat(livePage("<div class=\"stream-item__header\">%s</div>").paragraphs()).containsExactly(
                "Ferry services cancelled until Saturday", P1, "Harbour wall closed to walkers", P2,
                "Residents asked to stay indoors", P3);
    }

    @Test
    void leavesTheLinkedHeadingOfATeaserWithItsHeader() throws Exception {
        String teaser = "<div class=\"teaser\"><header><h3><a href=\"/news/bridge\">Bridge repairs to start in May after "
                + "years of delay</a></h3></header><div class=\"teaser-body\"><p>The council has found the money at last, and "
                + "the contractor says the work will take the whole summer.</p></div></div>";
        Article a = extract("<main><article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>" + teaser + "</main>");
        assertThat(a.paragraphs()).doesNotContain("Bridge repairs to start in May after years of delay");
    }
}

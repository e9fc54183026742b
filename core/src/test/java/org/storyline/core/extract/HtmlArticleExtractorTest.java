package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static final String P1 = "The harbour authority in Port Elling said on Tuesday that the new ferry terminal would open "
            + "in March, two years later than planned, after storms damaged the pier twice.";
    static final String P2 = "Officials blamed the delay on a shortage of steel and on the weather, which kept crews "
            + "off the water for most of last winter, according to the authority's annual report.";
    static final String P3 = "Residents, who have waited a decade for the crossing, said they were tired of promises "
            + "and would believe the opening date when the first boat left the quay.";

    static String page(String head, String body) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static String story(String extra) {
        return "<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p>" + extra + "<p>" + P2 + "</p><p>" + P3
                + "</p></article>";
    }

    Article extract(String html) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, html,
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    @Test
    void keepsParagraphsAsParagraphs() throws Exception {
        Article a = extract(page("", story("")));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsCaptionOutOfBody() throws Exception {
        String figure = "<figure><img src=\"x.jpg\"><figcaption>The damaged pier in January.</figcaption></figure>";
        Article a = extract(page("", story(figure + figure)));
        assertThat(a.captions()).containsExactly("The damaged pier in January.");
        assertThat(a.text()).doesNotContain("damaged pier in January");
    }

    @Test
    void readsJsonLdNewsArticle() throws Exception {
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal "
                + "delayed again\",\"datePublished\":\"2024-02-06T09:30:00+01:00\",\"author\":[{\"@type\":\"Person\","
                + "\"name\":\"Mara Lind\"},{\"@type\":\"Person\",\"name\":\"Tom Ashby\"}],\"publisher\":{\"@type\":"
                + "\"Organization\",\"name\":\"The Elling Gazette\"}}]}</script>";
        Article a = extract(page(jsonLd, story("")));
        assertThat(a.title()).isEqualTo("Ferry terminal delayed again");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(a.published().time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(a.published().offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(a.credits()).extracting(Credit::name).containsExactly("Mara Lind", "Tom Ashby");
        assertThat(a.outletName()).isEqualTo("The Elling Gazette");
    }
}

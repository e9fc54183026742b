package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.PublicationTime;

class PublicationDatesTest {

    private static final String DECLARED = "<head>"
            + "<meta property=\"article:published_time\" content=\"2029-03-02T10:00:00+01:00\">"
            + "<meta property=\"article:modified_time\" content=\"2030-07-14T09:00:00+01:00\"></head>";

    private static PublicationTime choose(String html, String url) {
        PageElements page = PageElements.of(Jsoup.parse(html));
        return PublicationDates.choose(page, JsonLdMetadata.read(page), MetaTags.read(page), DocumentHints.NONE, url);
    }

    @Test
    void headerShowingOnlyTheUpdateTakesTheDeclaredModifiedDate() {
        var t = choose(DECLARED + "<body><h1>Tram depot reopens</h1><p class=\"byline-date\">Updated July 14, 2030</p>"
                + "<p>The depot reopened.</p></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2030, 7, 14));
    }

    @Test
    void headerShowingBothUpdateAndPublicationKeepsThePublicationDate() {
        var t = choose(DECLARED + "<body><h1>Tram depot reopens</h1><p class=\"byline-date\">Updated July 14, 2030</p>"
                + "<p class=\"publish-date\">Published March 2, 2029</p></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2029, 3, 2));
    }

    @Test
    void shownDateThatIsNoDeclaredDateNeverOverridesTheMetadata() {
        var t = choose(DECLARED + "<body><h1>Tram depot reopens</h1><p class=\"date\">August 30, 2031</p></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2029, 3, 2));
    }

    @Test
    void withoutMetadataTheShownDateBeatsTheUrlDate() {
        var t = choose("<body><h1>Tram depot reopens</h1><span class=\"timestamp\">05/22/2031 05:00 AM EST</span></body>",
                "https://news.example/2031/05/21/tram-depot");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 22));
    }

    @Test
    void urlDateBeatsAStrayTimeElementInTheSidebar() {
        var t = choose("<body><aside><time datetime=\"2031-06-02T10:00:00Z\">10:00</time></aside>"
                + "<h1>Tram depot reopens</h1><p>No date here.</p></body>", "https://news.example/2031/05/21/tram-depot");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 21));
    }

    @Test
    void rubricDateAboveTheHeadlineInItsHeaderBlockCounts() {
        var t = choose("<body><header class=\"site\"><span class=\"date\">Friday, June 6, 2031</span></header>"
                + "<div class=\"article-head\"><div class=\"rubric\">"
                + "<span class=\"PublishDate-x1\">May 3, 2031 9:00 AM</span></div><h1>Tram depot reopens</h1></div>"
                + "<p>" + "The depot reopened after a long wait. ".repeat(30) + "</p></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void siteHeaderDateAboveTheHeadlineDoesNotCount() {
        var t = choose("<body><header><span class=\"date\">Friday, June 6, 2031</span><nav>Home News Sport</nav></header>"
                + "<main><h1>Tram depot reopens</h1><p>" + "The depot reopened after a long wait. ".repeat(30)
                + "</p></main></body>",
                "https://news.example/2031/05/21/tram-depot");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 21));
    }

    @Test
    void utcMetadataTakesTheLocalDateOfTheShownTimeAndZone() {
        var t = choose("<head><meta property=\"article:published_time\" content=\"2031-12-22T04:00:41+00:00\"></head>"
                + "<body><h1>Tram depot reopens</h1>"
                + "<time datetime=\"2031-12-22T04:00:41+00:00\">Dec. 21, 2031 11:00 pm EST</time></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 12, 21));
    }

    @Test
    void modifiedDateComesFromJsonLdGraph() {
        var t = choose("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2029-03-02T10:00:00+01:00\","
                + "\"dateModified\":\"2030-07-14T09:00:00+01:00\"}]}</script>"
                + "<body><h1>Tram depot reopens</h1><div class=\"meta\">Last updated 14 July 2030</div></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2030, 7, 14));
    }

    @Test
    void opinionWrapperNamedCommentaryIsNoCommentSection() {
        var t = choose("<body><div class=\"commentary\"><h1>Tram depot reopens</h1>"
                + "<div class=\"article-info\">May 3, 2031</div></div></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void datesInReadersCommentsDoNotCount() {
        var t = choose("<body><h1>Tram depot reopens</h1><p>" + "The depot reopened after a long wait. ".repeat(30)
                + "</p><div class=\"comment-list\"><span class=\"date\">May 9, 2031</span></div></body>",
                "https://news.example/2031/05/03/tram-depot");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void bareDateLeafUnderTheHeadlineCountsWhenNoElementIsNamedForADate() {
        var t = choose("<body><h1>Tram depot reopens</h1><div class=\"x1a\"><span class=\"q7\">Ann Lee</span>"
                + "<span class=\"q7\">May 03, 2031</span></div><p>The depot reopened.</p></body>", null);
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void urlDateWithMonthNameCounts() {
        var t = choose("<body><h1>Tram depot reopens</h1><p>No date here.</p></body>",
                "https://news.example/checks/2031/dec/21/tram-depot/");
        assertThat(t.date()).isEqualTo(LocalDate.of(2031, 12, 21));
    }
}

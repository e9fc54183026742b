package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

    @Test
    void readsTheMetaAuthorWhenJsonLdNamesOnlyATemplatesOutlet() throws Exception {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry terminal delayed "
                + "again\",\"author\":{\"@type\":\"Person\",\"name\":\", The Elling Gazette\"}}</script>"
                + "<meta name=\"author\" content=\"Mara Lind\">";
        Article a = extract(page(head, story("")));
        assertThat(a.credits()).extracting(Credit::name).containsExactly("Mara Lind");
    }

    @Test
    void readsTheSitesOwnNameBesideAnAuthorAsTheOutletNotASecondAuthor() throws Exception {
        String site = "<meta property=\"og:site_name\" content=\"Elling Gazette\">";
        Article a = extract(page(site + "<meta name=\"author\" content=\"Mara Lind, Elling Gazette\">", story("")));
        assertThat(a.credits()).extracting(Credit::name).containsExactly("Mara Lind");
        Article desk = extract(page(site + "<meta name=\"author\" content=\"Elling Gazette\">", story("")));
        assertThat(desk.credits()).extracting(Credit::name).containsExactly("Elling Gazette");
    }

    @Test
    void dropsALineThatOnlyNamesTheSite() throws Exception {
        String site = "<meta property=\"og:site_name\" content=\"Elling Gazette\">";
        Article a = extract(page(site, "<article><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1
                + "</p><p>Elling Gazette</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsNavigationCookieShareNewsletterCommentsAndRelated() throws Exception {
        String furniture = "<nav><a href=/>Home</a><a href=/news>News</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience on our website.</div>"
                + "<div class=\"share-bar\"><a href=#>Share on Facebook</a><a href=#>Tweet</a></div>";
        String after = "<div class=\"newsletter-signup\"><p>Sign up for our morning briefing, delivered daily to your inbox.</p></div>"
                + "<section id=\"comments\"><p>What a waste of money, the whole thing should have been cancelled years ago.</p></section>"
                + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=/a>Bridge repairs to start in May after long delays</a></li>"
                + "<li><a href=/b>Council approves new budget for the harbour front</a></li></ul></div>";
        Article a = extract(page("", furniture + story("") + after));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsADonationBoxInTheStory() throws Exception {
        String box = "<div class=\"wp-block-group newspack-inline-donate\"><h4>Reporting that stays in the valley.</h4>"
                + "<p>The Gazette is owned by its readers, and the harbour pages are written for them every week.</p>"
                + "<a href=\"/donate/\">Give now</a></div>";
        Article a = extract(page("", story(box)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsOpenGraphAndMetaTags() throws Exception {
        String head = "<title>Ferry terminal delayed again | The Elling Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"The Elling Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2024-02-06T09:30:00Z\">"
                + "<meta name=\"author\" content=\"Mara Lind\">";
        Article a = extract(page(head, "<div><p>" + P1 + "</p><p>" + P2 + "</p></div>"));
        assertThat(a.outletName()).isEqualTo("The Elling Gazette");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(a.credits()).extracting(Credit::name).containsExactly("Mara Lind");
    }

    @Test
    void stripsSiteSuffixFromPageTitle() throws Exception {
        String head = "<title>Ferry terminal delayed again - The Elling Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"The Elling Gazette\">";
        Article a = extract(page(head, "<div><p>" + P1 + "</p></div>"));
        assertThat(a.title()).isEqualTo("Ferry terminal delayed again");
    }

    @Test
    void leavesOutAHeadlineSetInADivAboveTheStoryButKeepsAParagraphThatSaysTheSameLater() throws Exception {
        String title = "Ferry terminal in Port Elling delayed again after storms damage pier: authority";
        String head = "<meta property=\"og:title\" content=\"" + title + "\">";
        String body = "<div class=\"article\"><div class=\"article_column\">HARBOUR</div><div class=\"article_title\">" + title
                + "</div><div class=\"article_info\"><span class=\"byline\">By <a href=\"#\">Mara Lind</a></span>"
                + "<span class=\"pub_time\">Published: Feb 06, 2024 09:48 PM</span></div><div class=\"article_content\">"
                + "<div class=\"article_left\"></div><div class=\"article_right\">" + P1 + "<br><br>" + P2 + "<br><br>" + title
                + "<br><br>" + P3 + "</div></div></div>";
        Article a = extract(page(head, body));
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.paragraphs()).containsExactly(P1, P2, title, P3);
    }

    @Test
    void keepsAStorysOpeningParagraphThatRepeatsTheTitleInBold() throws Exception {
        String title = "Ferry terminal delayed again. Storms, steel or planning?";
        String head = "<meta property=\"og:title\" content=\"" + title + "\">";
        Article a = extract(page(head, "<article><div class=\"body\"><p><strong>" + title + "</strong></p><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></article>"));
        assertThat(a.paragraphs()).containsExactly(title, P1, P2, P3);
    }

    @Test
    void readsDateFromTimeElementBelowHeadline() throws Exception {
        String body = "<article><h1>Ferry terminal delayed again</h1><time datetime=\"2024-02-06T09:30:00+01:00\">"
                + "6 February 2024</time><p>" + P1 + "</p></article>";
        Article a = extract(page("", body));
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 2, 6));
    }

    @Test
    void readsNamesFromVisibleByline() throws Exception {
        String body = "<article><h1>Ferry terminal delayed again</h1><div class=\"byline\">By Mara Lind and Tom Ashby</div>"
                + "<p>" + P1 + "</p></article>";
        Article a = extract(page("", body));
        assertThat(a.credits()).extracting(Credit::name).containsExactly("Mara Lind", "Tom Ashby");
    }

    @Test
    void outletFromUrlHostWhenPageNamesNone() throws Exception {
        Article a = extract(page("", "<div><p>" + P1 + "</p></div>"));
        assertThat(a.outlet().domain()).isEqualTo("elling-gazette.example");
        assertThat(a.outletName()).isNotBlank();
    }

    @Test
    void languageFromHtmlLang() throws Exception {
        assertThat(extract(page("", "<div><p>" + P1 + "</p></div>")).language()).isEqualTo("en");
    }

    @Test
    void survivesTenThousandNestedDivs() {
        String deep = "<div>".repeat(10_000) + "<p>" + P1 + "</p>" + "</div>".repeat(10_000);
        assertThatCode(() -> extract(page("", deep))).doesNotThrowAnyException();
    }

    @Test
    void survivesThreeThousandNestedArticles() {
        String story = "<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
        String deep = story.repeat(3_000) + "</article>".repeat(3_000);
        assertThatCode(() -> extract(page("", deep))).doesNotThrowAnyException();
    }

    @Test
    void survivesUnclosedTagsAndScriptsInText() throws Exception {
        String ugly = "<div><p>" + P1 + "<p>" + P2 + "<script>document.write('<p>injected text that is not the article</p>')"
                + "</script><b><i>" + P3 + "<table><tr><td>";
        Article a = extract(page("", ugly));
        assertThat(a.text()).contains(P1).contains(P3).doesNotContain("injected");
    }

    @Test
    void reportsPageWithoutText() {
        assertThatThrownBy(() -> extract(page("", "<script>var app = {};</script>")))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void survivesBrokenJsonLd() throws Exception {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [[[</script>";
        assertThat(extract(page(head, "<div><p>" + P1 + "</p></div>")).paragraphs()).containsExactly(P1);
    }

    @Test
    void readsALongPostSetWithLineBreaksInLinearTime() {
        String lines = (P1 + "<br><br>" + P2 + "<br><br>").repeat(10_000);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(page("", "<h1>Ferry</h1><div>" + lines + "</div>")));
        assertThat(a.paragraphs()).hasSize(20_000);
    }

    @Test
    void namesTheFramesOfAFramesetPage() {
        String frameset = "<!doctype html><html><head><title>Gazette</title></head><frameset cols=\"20%,80%\">"
                + "<frame src=\"menu.html\"><frame src=\"ferry.html\"></frameset></html>";
        assertThatThrownBy(() -> extract(frameset)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("frameset").hasMessageContaining("ferry.html");
    }
}

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

/** A page of several short entries, each under a heading linking to its own page, is read as the entry it is the page of. */
class HtmlOwnEntryTest {

    private static final String SITE = "https://www.elling-gazette.example";
    private static final String MARKET = "The farmers market will add a Thursday evening market this summer on the "
            + "town common, and about a dozen of the regular Saturday vendors have signed up, along with two food trucks.";
    private static final String ROTARY = "The Rotary club has awarded four scholarships of two thousand pounds to "
            + "graduating pupils at the high school, the largest total it has given in a single year since it was founded.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String url, String head, String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page(head, body),
                new DocumentHints(url, null, null, null, null)));
    }

    private static String entry(String path, String heading, String... paragraphs) {
        var e = new StringBuilder("<article class=\"entry\"><h2><a href=\"" + path + "\">" + heading + "</a></h2>");
        for (String p : paragraphs) {
            e.append("<p>").append(p).append("</p>");
        }
        return e.append("<div class=\"share\">Share this item: <a href=\"https://x.example/share\">X</a></div></article>")
                .toString();
    }

    private static String dayPage(String second) {
        return "<main><section class=\"notebook-day\"><h1>Town Notebook: Tuesday, June 11</h1>"
                + "<p class=\"intro\">Short items from around the town, sent in by readers and set down by our staff.</p>"
                + entry("/notebook/market-adds-evening-hours", "Market adds evening hours", MARKET) + second
                + entry("/notebook/rotary-names-scholarship-winners", "Rotary names scholarship winners", ROTARY)
                + "</section></main>";
    }

    @Test
    void readsTheEntryWhoseHeadingLinksToThePageItself() throws Exception {
        Article a = extract(SITE + "/notebook/ferry-terminal-delayed?utm_source=feed",
                "<link rel=\"canonical\" href=\"" + SITE + "/notebook/ferry-terminal-delayed/\">",
                dayPage(entry("/notebook/ferry-terminal-delayed", "Ferry terminal delayed again", P1, P2, P3)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsTheEntryWhoseHeadingIsThePagesDeclaredTitle() throws Exception {
        Article a = extract(SITE + "/notebook/2024/06/11", "<meta property=\"og:title\" content=\"Ferry terminal delayed again\">",
                dayPage(entry("/notebook/4812", "Ferry terminal delayed again", P1, P2, P3)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void tellsPagesApartByTheirQuery() throws Exception {
        Article a = extract(SITE + "/index.php?item=ferry", "",
                dayPage(entry("/index.php?item=ferry", "Ferry terminal delayed again", P1, P2, P3))
                        .replace("/notebook/market-adds-evening-hours", "/index.php?item=market"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesAStoryAloneWhenOnlyATeaserLinksToThePage() throws Exception {
        String teasers = "<div class=\"more\"><div class=\"card\"><h3><a href=\"/news/ferry\">Ferry terminal delayed again</a>"
                + "</h3></div><div class=\"card\"><h3><a href=\"/news/market\">Market adds evening hours</a></h3></div></div>";
        Article a = extract(SITE + "/news/ferry", "", "<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></article>" + teasers);
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesNoEntryForALinkToAPlaceOnThePage() throws Exception {
        Article a = extract(SITE + "/notebook/2024/06/11", "",
                "<main><h1>Town Notebook: Tuesday, June 11</h1>" + entry("#market", "Market adds evening hours", MARKET, P2)
                        + entry("/notebook/rotary", "Rotary names scholarship winners", ROTARY, P3) + "</main>");
        assertThat(a.paragraphs()).contains(MARKET, ROTARY);
    }

    @Test
    void endsAnEntrysPageAtTheBlogsOtherEntriesThoughTheyOutweighIt() throws Exception {
        for (String opener : new String[] {"Read more entries from the live blog", "Today's Live Updates", "Latest updates"}) {
            assertThat(entryPage(opener).paragraphs()).as(opener).containsExactly(P1, P2, P3);
        }
    }

    private Article entryPage(String opener) throws ExtractionException {
        var others = new StringBuilder("<div class=\"q5\"><h2 class=\"q6\">" + opener + "</h2>");
        for (String slug : new String[] {"market", "rotary", "harbour", "school"}) {
            others.append("<div class=\"q7\"><div class=\"q8\"><a href=\"/live/").append(slug).append("\">4:52 pm</a></div>")
                    .append("<h4><a href=\"/live/").append(slug).append("\">Elsewhere in town: ").append(slug)
                    .append("</a></h4><div class=\"q10\">By <a href=\"/staff\">Gazette Staff</a></div><div class=\"q9\"><p>")
                    .append(MARKET).append("</p><p>").append(ROTARY)
                    .append("</p></div></div>");
        }
        return extract(SITE + "/live/ferry", "", "<div class=\"q1\"><div class=\"q2\">5:14 pm</div>"
                + "<h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></div>" + others + "</div>");
    }

    @Test
    void readsTheNoteWhosePermalinkIsThePagesCanonicalAddress() throws Exception {
        for (String permalink : new String[] {"class=\"u-url\"", "rel=\"bookmark\""}) {
            String notes = note("/notes/market", permalink, MARKET + " " + MARKET) + note("/notes/ferry", permalink, P1, P2)
                    + note("/notes/rotary", permalink, ROTARY + " " + ROTARY);
            Article a = extract(null, "<link rel=\"canonical\" href=\"" + SITE + "/notes/ferry/\">",
                    "<main class=\"notes\"><p class=\"intro\">Short notes, shown with the notes around them.</p>" + notes
                            + "</main>");
            assertThat(a.paragraphs()).as(permalink).containsExactly(P1, P2);
        }
    }

    @Test
    void readsAPostWhoseHeaderLinksItsPermalinkBesideItsTextWithRelatedPosts() throws Exception {
        String related = "<p><b>Related posts:</b></p><ol><li><a rel=\"bookmark\" href=\"/2024/market\">Market adds evening "
                + "hours</a></li><li><a rel=\"bookmark\" href=\"/2024/rotary\">Rotary names scholarship winners</a></li></ol>";
        Article a = extract(SITE + "/2024/ferry", "", "<div class=\"post\"><div class=\"entry-header\"><h1>Ferry terminal "
                + "delayed again</h1><div class=\"meta\"><a rel=\"bookmark\" href=\"" + SITE + "/2024/ferry\"><time>June 11, "
                + "2024</time></a></div><p>" + MARKET + "</p></div><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + related + "</div><div class=\"entry-footer\">Bookmark the <a rel=\"bookmark\" href=\"" + SITE
                + "/2024/ferry\">permalink</a>.</div></div>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3);
    }

    private static String note(String path, String permalink, String... paragraphs) {
        var e = new StringBuilder("<article class=\"note\"><div class=\"body\">");
        for (String p : paragraphs) {
            e.append("<p>").append(p).append("</p>");
        }
        return e.append("</div><footer><a ").append(permalink).append(" href=\"").append(path)
                .append("\"><time>19 Feb 2024, 13:05</time></a></footer></article>").toString();
    }

    @Test
    void readsTheEntryOfAPageThatPrintsItsEntriesFlat() throws Exception {
        String flat = "<h2><a href=\"%s\">%s</a></h2>%s<p align=\"right\"><a href=\"%s\">Permalink</a></p><hr>";
        Article a = extract(SITE + "/bulletin/ferry-terminal-delayed.html", "",
                "<table><tr><td class=\"menu\"><a href=\"/\">Home</a></td><td>"
                        + flat.formatted("/bulletin/market.html", "Market adds evening hours", "<p>" + MARKET + "</p>",
                                "/bulletin/market.html")
                        + flat.formatted("/bulletin/ferry-terminal-delayed.html", "Ferry terminal delayed again",
                                "<p>" + P1 + "</p><p>" + P2 + "</p>", "/bulletin/ferry-terminal-delayed.html")
                        + flat.formatted("/bulletin/rotary.html", "Rotary names scholarship winners", "<p>" + ROTARY + "</p>",
                                "/bulletin/rotary.html")
                        + "</td></tr></table>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void readsTheEntryWhoseOtherEntriesStandInABoxOfTheirOwn() throws Exception {
        String entry = "<div class=\"asset hentry\"><div class=\"asset-header\"><%1$s class=\"entry-title\"><a rel=\"bookmark\" "
                + "href=\"%2$s\">%3$s</a></%1$s></div><div class=\"asset-body\">%4$s</div></div>";
        Article a = extract(SITE + "/blog/ferry-terminal-delayed.html", "",
                "<div id=\"alpha\">" + entry.formatted("h1", SITE + "/blog/ferry-terminal-delayed.html",
                        "Ferry terminal delayed again", "<p>" + P1 + "</p><p>" + P2 + "</p>")
                        + "<div class=\"more-entries\"><h2>More from the Harbour Blog</h2>"
                        + entry.formatted("h2", SITE + "/blog/market.html", "Market adds evening hours", "<p>" + MARKET + "</p>")
                        + entry.formatted("h2", SITE + "/blog/rotary.html", "Rotary names scholarship winners",
                                "<p>" + ROTARY + "</p>")
                        + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void readsTheNoteWhoseEarlierNotesStandInASectionOfTheirOwn() throws Exception {
        String note = "<article class=\"h-entry note%s\"><header><a class=\"u-url\" href=\"%s\"><time>%s</time></a></header>"
                + "<div class=\"e-content\">%s</div></article>";
        Article a = extract(SITE + "/notes/2024/06/11/", "", "<main><p class=\"intro\">Short notes from the harbour, most days."
                + "</p>" + note.formatted(" note--single", SITE + "/notes/2024/06/11/", "11 June 2024", "<p>" + P1 + "</p><p>" + P2
                + "</p>") + "<section class=\"earlier\"><h2>Earlier notes</h2>"
                + note.formatted("", "/notes/2024/06/09/", "9 June 2024", "<p>" + MARKET + "</p>")
                + note.formatted("", "/notes/2024/06/05/", "5 June 2024", "<p>" + ROTARY + "</p>") + "</section></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void readsAPostWhoseTextHoldsCardsOfRelatedPostsLikeItsHeader() throws Exception {
        String card = "<div class=\"card\"><div class=\"media\"><h3><a rel=\"bookmark\" href=\"%s\">%s</a></h3></div>"
                + "<p>%s</p></div>";
        Article a = extract(SITE + "/2024/ferry", "", "<div class=\"card post\"><div class=\"media\"><h1><a rel=\"bookmark\" "
                + "href=\"" + SITE + "/2024/ferry\">Ferry terminal delayed again</a></h1><p>Storms and a shortage of steel push the opening "
                + "to March, two years late.</p></div><div class=\"content\"><p>" + P1
                + "</p>" + card.formatted("/2024/market", "Market adds evening hours", MARKET) + "<p>" + P2 + "</p>"
                + card.formatted("/2024/rotary", "Rotary names scholarship winners", ROTARY) + "<p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).contains(P1, P2, P3);
    }
}

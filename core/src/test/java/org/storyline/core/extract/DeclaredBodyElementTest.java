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

/** The element a page declares as its article body in microdata ({@code itemprop="articleBody"}) holds the story. */
class DeclaredBodyElementTest {

    private static final String NEXT_STORIES = "<div class=\"q20\">"
            + next("Lifeboat crew gets a new boat", "The island's lifeboat crew took delivery of a new all-weather boat on "
                    + "Saturday, paid for by a legacy from a retired skipper who had served with the crew for forty years.",
                    "The boat is faster than the one it replaces and can right itself if it capsizes, the crew's coxswain "
                    + "said, which matters on a coast where winter storms come up within the hour.",
                    "The old boat will go to a museum on the mainland, where it will sit beside the rowing lifeboat that the "
                    + "island's first crew launched from the beach in the years before the harbour was built.")
            + next("School roof to be mended by spring", "The council said on Friday that the roof of the island school "
                    + "would be mended before the spring term, after rain came through the ceiling of two classrooms.",
                    "Pupils from the two rooms have been taught in the village hall since November, which parents said was "
                    + "cold and too small for the thirty children who use it each day of the week.",
                    "The repairs will cost about half a million, the council said, and will be paid from the fund it keeps "
                    + "for the upkeep of schools across the islands and the towns along the coast.")
            + "</div>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String next(String title, String... paragraphs) {
        var story = new StringBuilder("<div class=\"q21\"><div class=\"q22\">" + title + "</div>");
        for (String p : paragraphs) {
            story.append("<p>").append(p).append("</p>");
        }
        return story.append("<div class=\"q23\"><a href=\"/next\">Read more</a></div></div>").toString();
    }

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    @Test
    void takesTheDeclaredBodyOverTheNextStoriesPrintedWholeBesideIt() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\" itemprop=\"articleBody\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + NEXT_STORIES + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheLedePrintedAboveTheDeclaredBody() throws Exception {
        String lede = "Storms and a shortage of steel push the opening to March, two years late, the harbour authority said.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p class=\"q4\">" + lede
                + "</p><div class=\"q2\" itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
                + NEXT_STORIES + "</div>");
        assertThat(a.paragraphs()).containsExactly(lede, P1, P2, P3);
    }

    @Test
    void keepsALedeTooLongForAStandfirstThatThePageDeclaresAsItsDescription() throws Exception {
        String lede = "Storms and a shortage of steel push the opening of the new terminal to March, two years late, and the "
                + "harbour authority now says the old pier will have to carry the island's ferries through one more winter. "
                + "Crews who tie up at the pier each night say its timbers will not last that long, and the island's council "
                + "has asked the authority to publish the survey it made of them in the autumn. The authority said it would, "
                + "once its engineers had read it, and that no boat would tie up at a berth they thought unsafe.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><div class=\"q5\"><div "
                + "class=\"q6\"><div class=\"q4\" itemprop=\"description\"><p>" + lede + "</p></div></div></div><div class=\"q5\">"
                + "<div class=\"q7\"><div class=\"q2\" itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div class=\"q7\"><img src=\"/pier.jpg\" alt=\"The pier\"></div></div></div>" + NEXT_STORIES + "</div>");
        assertThat(a.paragraphs()).containsExactly(lede, P1, P2);
    }

    @Test
    void leavesOutTeasersThatEachDeclareADescription() throws Exception {
        var teasers = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            teasers.append("<div class=\"q5\" itemprop=\"description\"><p>Teaser ").append(i).append(": the island's council met on ")
                    .append("Thursday to discuss the harbour, the ferries and the school roof, and agreed to meet again.</p></div>");
        }
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><div class=\"q2\" "
                + "itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + teasers + "</div>"
                + NEXT_STORIES + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsOnPastAVideoIntoAPartThatAddsAModifierToTheDeclaredBodysClass() throws Exception {
        String p4 = "The authority said the old pier would carry the island's ferries through one more winter, with divers "
                + "checking its timbers every month until the new terminal opens.";
        Article a = extract("<article class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"story-body\" "
                + "itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div><div class=\"video-player\" "
                + "data-video-id=\"6026\"><div class=\"video-player__title\">Watch: the pier after the storm</div></div>"
                + "<div class=\"story-body story-body--continued\"><p>" + P3 + "</p><p>" + p4 + "</p></div></article>"
                + NEXT_STORIES);
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, p4);
    }

    private static String frame(int id, String type, String content) {
        return "<div id=\"c" + id + "\" class=\"frame frame-default frame-type-" + type + "\">" + content + "</div>";
    }

    @Test
    void readsOnIntoTheContentElementsAnEditorAddedBelowTheDeclaredRecord() throws Exception {
        String p4 = "The authority said the old pier would carry the island's ferries through one more winter, with divers "
                + "checking its timbers every month until the new terminal opens.";
        String record = "<div class=\"news news-single\"><div class=\"article\"><h1>Ferry terminal delayed again</h1>"
                + "<div class=\"news-text-wrap\" itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div></div></div>";
        Article a = extract("<main>" + frame(1, "news_newsdetail", record)
                + frame(2, "header", "<header><h2>Divers found the rot</h2></header>")
                + frame(3, "text", "<div class=\"ce-bodytext\"><p>" + P3 + "</p><p>" + p4 + "</p></div>") + "</main>"
                + NEXT_STORIES);
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Divers found the rot", P3, p4);
    }
}

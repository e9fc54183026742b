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

/** The standfirst a page sets under its headline opens the body. */
class HtmlStandfirstTest {

    private static final String DEK = "Storms, a steel shortage and a short-staffed yard have pushed the opening back to March.";

    private Article extract(String body) throws ExtractionException {
        return extract("", body);
    }

    private Article extract(String head, String body) throws ExtractionException {
        return new HtmlArticleExtractor().extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page(head, body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    private static String story() {
        return "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    }

    @Test
    void opensTheBodyWithTheStandfirstUnderTheHeadline() throws Exception {
        Article a = extract("<header><h1>Ferry terminal delayed again</h1><p class=\"article-dek\">" + DEK
                + "</p><div class=\"byline\">By Mara Lind</div></header>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void opensTheBodyWithTheDeckUnderTheHeadline() throws Exception {
        Article a = extract("<div class=\"headline-wrapper\"><h1>Ferry terminal delayed again</h1><h2 class=\"deck\">" + DEK
                + "</h2><div class=\"bylineDetails\">Mara Lind · Gazette News</div></div>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void readsTheStandfirstUnderAHeadlineSetAsAnH2() throws Exception {
        String head = "<meta property=\"og:title\" content=\"Ferry terminal delayed again\"><meta name=\"description\" "
                + "content=\"" + DEK + "\">";
        Article a = extract(head, "<header class=\"q1\"><h2 class=\"q2\"><span>Ferry terminal delayed again</span></h2><p "
                + "class=\"q3\">" + DEK + "</p></header>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void takesNoStandfirstFromAFirstBlockOfParagraphsThatTheDescriptionOpens() throws Exception {
        String head = "<meta name=\"description\" content=\"" + P1 + "\">";
        Article a = extract(head, "<h1>Ferry terminal delayed again</h1><div class=\"q1\"><div class=\"q2\">" + P1 + "<br><br>"
                + P2 + "</div><h2>What happens next</h2><div class=\"q2\">" + P3 + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "What happens next", P3);
    }

    @Test
    void takesNoDateLineUnderTheHeadlineForAStandfirst() throws Exception {
        Article a = extract("<div class=\"header\"><h1>Ferry terminal delayed again</h1><div class=\"sub-title\"><span>16 "
                + "september 2031 07:12</span> <span>Aangepast: 16 september 2031 10:41</span></div></div>" + story());
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsAStandfirstThatListsTheStorysPointsItemByItem() throws Exception {
        String first = "Red warning for wind in place until 6pm across the north coast";
        String second = "Power cut to about 120,000 homes; repairs could take days";
        String third = "All ferries to the islands cancelled until Friday";
        Article a = extract("<header><h1>Ferry terminal delayed again</h1><div class=\"live-standfirst\"><ul><li>" + first
                + "</li><li>" + second + "</li><li>" + third + "</li></ul></div></header><article><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(first, second, third, P1, P2, P3);
    }

    @Test
    void takesNoStandfirstFromAnIntroThatHoldsTheStorysFirstParagraphs() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"article-intro\"><p>" + P1 + "</p><p>" + P2
                + "</p></div><div class=\"article-text\"><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void opensTheBodyWithTheIntroUnderTheHeadline() throws Exception {
        Article a = extract("<header><h1>Ferry terminal delayed again</h1><div class=\"article-intro\">" + DEK
                + "</div></header>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void opensTheBodyWithTheSubtitleGroupedWithTheHeadline() throws Exception {
        Article a = extract("<header><hgroup><h1>Ferry terminal delayed again</h1><h2>" + DEK + "</h2></hgroup></header>"
                + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void leavesASummaryThatIsNotUnderTheHeadline() throws Exception {
        Article a = extract("<div class=\"promo\"><p class=\"dek\">" + DEK + "</p></div>"
                + "<header><h1>Ferry terminal delayed again</h1></header>" + story());
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesTheLineUnderTheHeadlineThatTheMetaDescriptionRepeats() throws Exception {
        Article a = extract("<meta name=\"description\" content=\"" + DEK + "\">",
                "<header><h1>Ferry terminal delayed again</h1><div><p>" + DEK + "</p></div></header>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void readsAStandfirstClassWrittenWithAHyphen() throws Exception {
        Article a = extract("<header><h1>Ferry terminal delayed again</h1><h2 class=\"sub-headline\">Late again, and the islands are tired of waiting</h2></header>"
                + story());
        assertThat(a.paragraphs()).containsExactly("Late again, and the islands are tired of waiting", P1, P2, P3);
    }

    @Test
    void leavesTheExcerptOfACardAfterTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1>" + story() + "</article><div class=\"read-next\">"
                + "<div class=\"post-card\"><h2>Island school gets a new roof</h2><div class=\"post-card-excerpt\"><p>" + DEK
                + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesTheExcerptOfACardAfterAStoryOfShortParagraphs() throws Exception {
        Article a = extract("<title>Low water</title>", "<main><h1>Low water</h1><div class=\"body\"><p>The tide goes out and takes nothing it does not "
                + "bring back.</p><p>Perhaps that is patience.</p><p>It came back this morning.</p></div><div class=\"post-excerpt\">"
                + "<p>" + DEK + "</p><a href=\"/island-school\">Read more</a></div><div class=\"post-excerpt\"><p>" + P1
                + "</p><a href=\"/ferry\">Read more</a></div></main>");
        assertThat(a.paragraphs()).startsWith("The tide goes out and takes nothing it does not bring back.");
    }

    @Test
    void takesAStandfirstAsLongAsAParagraph() throws Exception {
        String dek = DEK + " The islanders will keep the old boat, and its timetable, for another winter.";
        Article a = extract("<h1>Ferry terminal delayed again</h1><p class=\"article-dek\">" + dek + "</p>" + story());
        assertThat(a.paragraphs()).containsExactly(dek, P1, P2, P3);
    }

    @Test
    void takesTheLineUnderTheHeadlineThatTheMetaDescriptionCutsShort() throws Exception {
        String dek = DEK + " The islanders will keep the old boat, and its timetable, for another winter.";
        Article a = extract("<meta name=\"description\" content=\"" + DEK + "\">",
                "<header><h1>Ferry terminal delayed again</h1><p class=\"mt-4 text-xl\">" + dek + "</p></header>" + story());
        assertThat(a.paragraphs()).containsExactly(dek, P1, P2, P3);
    }

    @Test
    void takesTheLineTheDescriptionOpensLikeNotItsWrapperWithTheByline() throws Exception {
        Article a = extract("<meta name=\"description\" content=\"" + DEK + " Read on.\">",
                "<header><h1>Ferry terminal delayed again</h1><div class=\"top\"><div class=\"text-lg\">" + DEK
                        + "</div><div class=\"meta\">By Mara Lind December 20, 2023</div></div></header>" + story());
        assertThat(a.paragraphs()).containsExactly(DEK, P1, P2, P3);
    }

    @Test
    void stopsLookingAtAFirstParagraphTooLongForAStandfirst() throws Exception {
        String first = P1 + " " + P2 + " " + P3 + " " + P1;
        Article a = extract("<meta name=\"description\" content=\"" + P1 + "\">",
                "<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + first
                        + "</p></div><div class=\"author-description\">Mara Lind has covered the harbour and its ferries "
                        + "for the Gazette since 2009.</div></article>");
        assertThat(a.paragraphs()).containsExactly(first);
    }

    @Test
    void opensTheBodyWithTheAbstractsPointsUnderTheHeadline() throws Exception {
        Article a = extract("<header><h1>Ferry terminal delayed again</h1><section class=\"abstract-v2\"><ul><li>Storms and a steel "
                + "shortage push the opening back to March</li></ul></section></header>" + story());
        assertThat(a.paragraphs()).containsExactly("Storms and a steel shortage push the opening back to March", P1, P2, P3);
    }
}

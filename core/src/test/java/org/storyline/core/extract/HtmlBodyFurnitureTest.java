package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;
import static org.storyline.core.extract.HtmlArticleExtractorTest.page;
import static org.storyline.core.extract.HtmlBodyInterruptedTest.P4;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** What an HTML page prints around its story that must stay out of the body. */
class HtmlBodyFurnitureTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    private static String article(String top, String bottom) {
        return "<article><h1>Ferry terminal delayed again</h1>" + top + "<div class=\"article-body\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>" + bottom + "</article>";
    }

    @Test
    void dropsTheLikeAndRatingButtonsOfABlogHost() throws Exception {
        String buttons = "<div class=\"rating\"><h3>Rate this:</h3></div><div class=\"likes\"><h3>Like this:</h3>"
                + "<div>Like Loading...</div></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry\"><p>" + P1 + "</p>" + buttons
                + "<p>" + P2 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void dropsTheLabelsOfToolsAndFormsWhoseClassesNameNothing() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\">Social Sharing</div>"
                + "<div class=\"q3\"><span>Text Size</span></div><div class=\"q4\"><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"q5\">"
                + "<div>Email address</div><div>Please enter a valid email address</div><div>By clicking \u201cSign Up\u201d, you "
                + "accept our Terms of Service and Privacy Policy.</div></div><p>" + P3 + "</p></div><div class=\"q6\">Recommended "
                + "Videos</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAGermanSitesFeedbackAndShareQuestionsUnderTheStory() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>War der Artikel nützlich?</p><p>Möchten Sie den Artikel teilen?</p><p>Kommentieren</p>"
                + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAPublishersNoticesAndLabelsBetweenTheStorysParagraphs() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1
                + "</p><p>(Alle Angaben ohne Gewähr)</p><p>" + P2 + "</p><p>Vervielfältigung nur mit Genehmigung</p><p>" + P3
                + "</p><p>Pour lire la suite</p><p>" + P4 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsTheLabelsOfAGermanSiteThatHoldsBackAnEmbedOrSharesTheStory() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1 + "</p><p>" + P2
                + "</p><div class=\"q5\"><div>Empfohlener redaktioneller Inhalt</div></div><p>" + P3 + "</p></div><div "
                + "class=\"q6\">Mit Freunden teilen</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAHeldBackEmbedsNoticeAVideoPlaylistAndANewslettersLabels() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1 + "</p><div "
                + "class=\"q5\"><p>Empfohlener externer Inhalt</p><p>An dieser Stelle finden Sie einen externen Inhalt von X.com, "
                + "der den Artikel ergänzt.</p></div><p>" + P2 + "</p><div class=\"q6\"><p>Video Now Playing</p><p>Storm "
                + "closes the harbour road1:42</p></div><p>" + P3 + "</p><div class=\"q7\"><p>Free weekly newsletter</p><p>Privacy "
                + "Notice: Newsletters may contain info about charities and online ads.</p></div><p>lbr/dpa/Reuters</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsLineThatIsOnlyATimeElement() throws Exception {
        Article a = extract(article("<time datetime=\"2024-02-06T09:30:00+01:00\">Tuesday 6 February 2024, 9.30am</time>", ""));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsPlainLineThatOnlyStampsATime() throws Exception {
        Article a = extract(article("<div class=\"meta\"><span>Updated Feb. 6, 2024 9:30 a.m. ET</span></div>", ""));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsATimeStampUnderASectionLabelOrSource() throws Exception {
        Article a = extract(article("<div class=\"meta\"><span>Harbour Feb 6, 2024 9:30 AM EST</span></div>",
                "<div class=\"foot\"><span>Feb. 6, 2024, 9:30 AM UTC / Source: Gazette</span></div>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAShortLineThatTimesAnEvent() throws Exception {
        String line = "Doors open Feb 6, 2024 at 7:30 PM";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + line + "</p><p>" + P2 + "</p></article>");
        assertThat(a.paragraphs()).contains(line);
    }

    @Test
    void dropsAHeadingThatEndsTheBodyWithNothingUnderIt() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><h2>Stay in the know</h2><form><input type=\"text\"></form><p>Marta Lind is the Gazette's transport "
                + "correspondent. She has covered the harbour since 2019.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheLastLineOfAPostSetInHeadingStyles() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><blockquote>"
                + "<h4>Send us your drawing of the new ferry by the third of April</h4><h4>and we will hang the best on the quay.</h4>"
                + "</blockquote></div></article>");
        assertThat(a.paragraphs()).endsWith("and we will hang the best on the quay.");
    }

    @Test
    void keepsAHeadingThatEndsTheBodyAnnouncingWhatFollows() throws Exception {
        String heading = "What the harbour master said afterwards:";
        Article a = extract("<article><h1>Ferry</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><h2>" + heading + "</h2><div class=\"slot\"></div><p>Marta Lind is the Gazette's transport "
                + "correspondent. She has covered the harbour since 2019.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, heading);
    }

    @Test
    void keepsShortLineThatDatesAnEvent() throws Exception {
        String line = "Polls open on Feb. 6, 2024.";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + line + "</p><p>" + P2 + "</p></article>");
        assertThat(a.paragraphs()).contains(line);
    }

    @Test
    void dropsAdBlockerNoticeByItsClass() throws Exception {
        String notice = "<div class=\"adb-message\"><h3>We noticed you're using an ad blocker.</h3><p>We get it: you like to "
                + "have control of your own experience on the web, and we respect that.</p></div>";
        Article a = extract(article("", notice));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsCouponBoxAfterTheStory() throws Exception {
        String box = "<div class=\"coupons\"><h3>Coupon Codes</h3><ul><li><a href=\"/c/1\">Ferry Promo Code</a> Ferry discount: "
                + "up to 20% off return tickets this winter</li><li><a href=\"/c/2\">Harbour Hotel Coupon</a> Members save 15% "
                + "on weekend stays by the pier</li></ul></div>";
        Article a = extract(article("", box));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTimeElementInsideASentence() throws Exception {
        String sentence = "The first ferry is now due on Monday 3 March, the authority said in a statement to the council.";
        String html = sentence.replace("Monday 3 March", "<time datetime=\"2025-03-03\">Monday 3 March</time>");
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + html + "</p><p>" + P2 + "</p></article>");
        assertThat(a.paragraphs()).contains(sentence);
    }

    @Test
    void dropsAuthorBioAfterTheStory() throws Exception {
        String bio = "<p>Marta Lind is the Gazette's transport correspondent. She has covered the harbour since 2019.</p>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + bio + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsContactLinesAfterTheStory() throws Exception {
        String contact = "<p>Marta Lind writes about the harbour and the islands. If you have a story she should tell, "
                + "email her at mlind@elling-gazette.example.</p><p>Comments on this piece are premoderated.</p>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + contact + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAnAuthorBioAboveAContactLine() throws Exception {
        String tail = "<p>Marta Lind is the Gazette's transport correspondent.</p><p>Contact her at mlind@elling-gazette.example.</p>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + tail + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheAddressToRegisterAtThatEndsTheStory() throws Exception {
        String address = "Places are limited; register by Friday at cafe@elling.example.";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + address + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, address);
    }

    @Test
    void keepsAnAddressTheStoryGivesBeforeItsLastParagraphs() throws Exception {
        String address = "Applications go to grants@elling.example by March 4.";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + address + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, address, P2, P3);
    }

    @Test
    void dropsAuthorBioByItsClass() throws Exception {
        Article a = extract(article("", "<div class=\"author-bio\"><p>Marta Lind has reported on shipping for a decade.</p></div>"));
        assertThat(a.text()).doesNotContain("Marta Lind");
    }

    @Test
    void dropsLogInBox() throws Exception {
        String box = "<div class=\"login-body\"><div class=\"login-forgot\"><p>Enter your email to receive an activation "
                + "code.</p><p>Get back to the sign-in page.</p></div></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"article-body\"><p>" + P1 + "</p>" + box + "<p>" + P2
                + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsCopyrightLine() throws Exception {
        Article a = extract(article("", "<p>\u00a9 2024 The Elling Gazette. All rights reserved. This article may not be "
                + "republished without permission.</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsBulletListOfTheStory() throws Exception {
        String items = "<p>\u2022 Speaks over others in meetings</p><p>\u2022 Rarely asks questions</p>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p>" + items + "<p>" + P2 + "</p></article>");
        assertThat(a.paragraphs()).contains("\u2022 Rarely asks questions");
    }

    private static final String TEASER = "The harbour board voted on Thursday to raise mooring fees by a tenth from "
            + "April, the first rise since the pier was rebuilt.";

    @Test
    void dropsLabelOfABoxOfLinksInsideTheStory() throws Exception {
        String box = "<h4>Recommended by Our Editors</h4><ul><li><a href=\"/news/pier\">Pier reopens after repairs</a></li>"
                + "<li><a href=\"/news/fees\">Mooring fees to rise</a></li></ul>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p>" + box + "<p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsTeasersOfOtherStoriesAfterTheStory() throws Exception {
        String teaser = "<div class=\"b-teaser\"><p>" + TEASER + "</p><p>" + TEASER.replace("Thursday", "Friday") + "</p><p>"
                + TEASER.replace("April", "May") + "</p><p>" + TEASER.replace("tenth", "fifth") + "</p></div>";
        Article a = extract("<div class=\"page\"><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=\"b-teasers\"><h4>Recommended</h4>" + teaser + teaser + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsStoryAtHeadingThatOpensRelatedStories() throws Exception {
        String more = "<div class=\"cards\"><h3>More on Transport:</h3><div class=\"card\"><p>" + TEASER + "</p></div></div>";
        Article a = extract("<div class=\"page\"><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div>" + more + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsStoryAtGermanHeadingThatOpensRelatedStories() throws Exception {
        Article a = extract(article("", "<div class=\"more\"><h3>Das könnte Sie auch interessieren</h3><p>" + TEASER + "</p></div>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsStoryAtTheAuthorsBoxOrTheRelatedStoriesInOtherLanguages() throws Exception {
        for (String heading : new String[] {"Over de auteur", "Leggi anche", "Veja também", "Läs också", "Czytaj także"}) {
            Article a = extract(article("", "<div class=\"more\"><h3>" + heading + "</h3><p>" + TEASER + "</p></div>"));
            assertThat(a.paragraphs()).as(heading).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void keepsStoryAfterRelatedBoxInsideIt() throws Exception {
        String box = "<div class=\"box\"><h3>More on Transport:</h3><p><a href=\"/a\">Mooring fees rise</a></p></div>";
        Article a = extract("<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p>" + box + "<p>" + P3 + "</p></div>");
        assertThat(a.paragraphs()).contains(P3);
    }

    @Test
    void dropsFeedbackAndSignUpWidgetLines() throws Exception {
        Article a = extract(article("<p>Fact-checked</p><p>Proofread</p>", "<p>Was this page helpful?</p><p>Thanks for your "
                + "feedback!</p><p>Thanks for signing up!</p><p>Your subscription has been confirmed. Keep an eye on your inbox!</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsCitationAndCopyrightNoticeAfterTheStory() throws Exception {
        Article a = extract(article("", "<p>Citation: Ferry terminal delayed again (2024, February 6) retrieved 7 February 2024 "
                + "from https://www.elling-gazette.example/news/ferry</p><p>This document is subject to copyright. Apart from any "
                + "fair dealing for the purpose of private study or research, no part may be reproduced without permission.</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsNewsletterPromoAndContactLine() throws Exception {
        Article a = extract(article("", "<p>Get the harbour's news and timetables, direct to your inbox.</p><p>-Staff writer Marta "
                + "Lind can be reached at marta.lind@elling-gazette.example.</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsTheStoryAtASectionOfOtherCoverage() throws Exception {
        String coverage = "<div class=\"story-pack\"><h2>Our Coverage of the Ferry Terminal</h2><div class=\"pack-item\"><p>The "
                + "cost: the harbour board has now spent twice what it planned on the pier, and the bill is still rising.</p></div>"
                + "<div class=\"pack-item\"><p>The crews: boat crews say the winter storms kept them ashore for most of the year.</p></div></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"article-body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + HtmlBodyInterruptedTest.P4 + "</p></div>" + coverage + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, HtmlBodyInterruptedTest.P4);
    }

    @Test
    void dropsReferenceLinesAndTipRequestsAfterTheStory() throws Exception {
        Article a = extract(article("", "<p>More information: Marta Lind et al, Storm loads on harbour piers, Coastal "
                + "Engineering (2024). DOI: 10.1016/j.coastaleng.2024.104411</p><p>Journal information: Coastal Engineering</p>"
                + "<p>Have a tip? Send it to us! Email the Gazette at tips@elling-gazette.example.</p>"));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    private static final String SNIPPET = "<div class=\"item\"><div class=\"item-title\"><a href=\"/%s\">Another post from this blog</a></div><p>%s</p></div>";
    private static final String S1 = "The island school will get a new roof before the winter storms, the education board said "
            + "after a long meeting on Monday night.";
    private static final String S2 = "Fishing crews say the new quotas will cost them a third of their catch, and they have asked "
            + "the minister to meet them at the harbour.";
    private static final String S3 = "The lighthouse on the north point will open to visitors for the first time in eighty years, "
            + "for four weekends in the summer.";

    private static String sidebar() {
        return "<div class=\"sidebar\"><h2>Popular posts</h2>" + String.format(SNIPPET, "a", S1)
                + String.format(SNIPPET, "b", S2) + String.format(SNIPPET, "c", S3) + "</div>";
    }

    @Test
    void dropsASidebarOfOtherPostsThatOutweighsAShortPost() throws Exception {
        Article a = extract("<div class=\"wrap\"><div class=\"column\"><h1>Ferry terminal delayed again</h1><div><p>" + P1
                + "</p><p>" + P2 + "</p></div></div>" + sidebar() + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void dropsASidebarBesideAShortPostWhenTheSitesNameIsAnotherHeadline() throws Exception {
        Article a = extract("<div class=\"wrap\"><div class=\"banner\"><h1><a href=\"/\">The Elling Gazette</a></h1></div>"
                + "<div class=\"column\"><h1>Ferry terminal delayed again</h1><div><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + sidebar() + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void keepsAStoryOfLinesPartedByBreaksInAWrapperNamedWidget() throws Exception {
        String card = "<article class=\"post\"><h3><a href=\"/%1$s\">Another post from this blog</a></h3><div class=\"excerpt\">"
                + "<p>%2$s</p></div><a class=\"read-more\" href=\"/%1$s\">Read more</a></article>";
        Article a = extract("<div class=\"page\"><div class=\"widget-container\"><h1>Ferry terminal delayed again</h1></div>"
                + "<div class=\"widget-container\"><p>" + P1 + "<br>" + P2 + "<br>" + P3 + "</p></div><div class=\"posts\">"
                + String.format(card, "a", S1) + String.format(card, "b", S2) + String.format(card, "c", S3) + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheStoryAThemeSetsInAHeaderInsideItsArticle() throws Exception {
        Article a = extract("<main><article class=\"image-text\"><header class=\"image-text__description\"><h1>Ferry terminal delayed "
                + "again</h1><div class=\"richtext\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></header></article></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsTheLabelOverAnEmbedHeldBackForConsent() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><div class=\"embed-"
                + "placeholder\"><p>External content</p></div><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsALayoutNamedSidebarThatHoldsTheHeadline() throws Exception {
        Article a = extract("<div class=\"layout-with-sidebar\"><header><h1>Ferry terminal delayed again</h1></header><div><p>"
                + P1 + "</p><p>" + P2 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void keepsTheSlidesOfAGalleryInsideTheArticleThatCarriesTheHeadline() throws Exception {
        Article a = extract("<article><header><h1>Ferry terminal delayed again</h1></header><p>" + P1 + "</p>"
                + "<div class=\"carousel-wrap\"><div class=\"slide\"><p>" + P2 + "</p></div><div class=\"slide\"><p>" + P3
                + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
    @Test
    void endsAtTheHeadingOverALongerThreadOfComments() throws Exception {
        var thread = new StringBuilder("<h4>8 Comments</h4>");
        for (int i = 1; i <= 6; i++) {
            thread.append("<div class=\"q9\"><div class=\"q10\">Reader ").append(i).append("</div><p>I have taken that ferry every ")
                    .append("morning for twenty years and the pier has been falling apart for at least ten of them, whatever the ")
                    .append("authority says now about storms and steel.</p></div>");
        }
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + thread + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAForumOfPostingsOutsideTheArticleThatOutweighsIt() throws Exception {
        var forum = new StringBuilder("<section class=\"story-community\"><div class=\"postings\">");
        for (int i = 1; i <= 8; i++) {
            forum.append("<div class=\"posting\"><span class=\"user\">Reader ").append(i).append("</span><p>I have taken ")
                    .append("that ferry every morning for twenty years and the pier has been falling apart for at least ten of ")
                    .append("them, whatever the authority says now about storms and steel.</p></div>");
        }
        Article a = extract("<main><div class=\"story\">" + article("", "") + forum + "</div></section></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsACookieBannersLineInOtherLanguages() throws Exception {
        String banner = "<div class=\"q7\"><p>Um die Gazette in vollem Umfang nutzen zu können, stimmen Sie der Verwendung von "
                + "Cookies und Tracking zu oder wählen Sie das werbefreie Abo.</p></div>";
        Article a = extract(article(banner, ""));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsAtACountOfCommentsPrintedAsALineOverTheThread() throws Exception {
        var thread = new StringBuilder("<div class=\"q7\"><a href=\"#c\">8 Comments</a> Comment from the forums</div>");
        for (int i = 1; i <= 6; i++) {
            thread.append("<div class=\"q9\">I have taken that ferry every morning for twenty years and the pier has been ")
                    .append("falling apart for at least ten of them, whatever the authority says now about storms.</div>")
                    .append("<div class=\"q8\"><a href=\"#r\">Reply</a></div>");
        }
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + thread + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsAtAReaderCommentsHeadingOverItsCount() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><h4 class=\"q3\"><a href=\"#c\">Reader comments</a></h4><div class=\"q4\">32</div>"
                + "<section class=\"q5\">Ann Lee Ann Lee is the harbour reporter at the Gazette, covering ferries, fishing and the "
                + "island's council.</section></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void startsUnderTheHeadlineWhenASignInBoxStandsAboveIt() throws Exception {
        Article a = extract("<div class=\"q1\"><div class=\"q8\"><div class=\"q9\">Register</div><div class=\"q10\">No account "
                + "yet? Registering is free, easy, and private. Discuss in the forum, save stories and build your own reading "
                + "lists.</div></div><h1>Ferry terminal delayed again</h1><div class=\"q11\">posted on 2024-05-02 by Ann Lee</div>"
                + "<div class=\"q2\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAnIntroductionSetWhereTheStorySitsAboveTheHeadline() throws Exception {
        String intro = "Storms and a shortage of steel push the opening of the new terminal to March, two years late, the "
                + "harbour authority said.";
        Article a = extract("<div class=\"q1\"><div class=\"q2\"><p>" + intro + "</p><h1>Ferry terminal delayed again</h1><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(intro, P1, P2, P3);
    }

    @Test
    void goesOnPastACountOfCommentsByTheByline() throws Exception {
        String lede = "Storms and a shortage of steel push the opening of the new terminal to March, two years late, and the "
                + "harbour authority now says the old pier will have to carry the island's ferries through one more winter, "
                + "whatever the cost of its repairs.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><p>" + lede + "</p><h4>By Ann Lee</h4>"
                + "<h4>12 Comments</h4><div class=\"q2\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3);
    }
    @Test
    void goesOnPastACountOfCommentsPrintedAsALinkUnderALongStandfirst() throws Exception {
        String standfirst = "Storms and a shortage of steel push the opening of the new terminal to March, two years late, and the "
                + "harbour authority now says the old pier will have to carry the island's ferries through one more winter, "
                + "whatever the cost of its repairs, and whatever the crews who tie up there each night say of its state.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><p class=\"q5\">" + standfirst + "</p>"
                + "<p class=\"q6\">By Ann Lee on May 2, 2024</p><div class=\"q7\"><a href=\"#c\">7 Comments</a></div>"
                + "<div class=\"q2\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3);
    }

    @Test
    void endsAtTheBoxOfferingTheSitesNewsletter() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class=\"q6\"><h2 class=\"q3\">Get the Harbour Gazette Newsletter</h2><p class=\"q4\">"
                + "Tides, timetables and the week's news from the quay, delivered to your inbox every Friday morning.</p><form>"
                + "<input type=\"email\"><button>Sign me up</button></form></div><div class=\"q5\"><div>"
                + "Ann Lee</div><p>Ann has covered the harbour, the ferries and the island's council for the Gazette since "
                + "2015, and before that reported on shipping for a trade weekly in the city.</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsASubheadingAboutANewsletterThatTheStoryGoesOnUnder() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><h2>A newsletter for the island</h2><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).contains(P1, P2, P3);
    }

    @Test
    void leavesOutWhatThePageMarksAsComplementaryOrADialog() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><div class=\"q3\" role=\"complementary\"><p>The Elling Gazette has reported on the harbour towns of the west "
                + "coast since 1884, and is owned by a trust that its readers elect each spring.</p></div><p>" + P3 + "</p>"
                + "<div class=\"q4\" role=\"dialog\"><p>Who are you? Tell us your name and your town before you join the "
                + "conversation under this story, and keep it civil.</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAFormToReplyInWhoseMarkupNamesNothing() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><form class=\"q3\" action=\"/reply\"><p>Who are you? Your name and town are shown with "
                + "your reply, and your e-mail address never is.</p><p>To make paragraphs, simply leave blank lines between them."
                + "</p><textarea name=\"text\"></textarea><button>Send</button></form></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAStoryThatThePageSetsInOneFormWithEverythingElse() throws Exception {
        Article a = extract("<form class=\"q0\" action=\"/page\"><div class=\"q1\"><h1>Ferry terminal delayed again</h1><div "
                + "class=\"q2\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div><textarea name=\"c\"></textarea>"
                + "</form><div class=\"q9\"><p>The Elling Gazette has reported on the harbour towns of the west coast since 1884, "
                + "and is owned by a trust that its readers elect each spring.</p><p>Its newsroom of twelve reporters covers the "
                + "council, the courts, the schools and the fleets, and its photographers cover every match.</p></div>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3);
    }

    @Test
    void endsAtAnAuthorBoxHeadedInGerman() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>F\u00e4hrterminal versp\u00e4tet sich</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"q4\"><h3>\u00dcber den Autor</h3><p>Anna Lehmann schreibt seit zwanzig Jahren "
                + "\u00fcber Schifffahrt, H\u00e4fen und die Inseln der K\u00fcste.</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
    @Test
    void endsAtABlogsPopularPostsWidget() throws Exception {
        var widget = new StringBuilder("<div class=\"q8\"><h2>Popular Posts</h2><ul>");
        for (int i = 1; i <= 4; i++) {
            widget.append("<li><div><a href=\"/p").append(i).append("\">Post number ").append(i).append("</a></div><div>The council's ")
                    .append("plan to repaint the bandstands is welcome, but the real problem is the drains and the paths.</div></li>");
        }
        Article a = extract("<div class=\"q1\"><h3>Ferry terminal delayed again</h3><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + widget + "</ul></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAPullQuoteThatRepeatsTheStorysSentenceAndItsSpeaker() throws Exception {
        String quoted = "“We know we have let people down, and this is how we start to put it right,” she said.";
        String pull = "<div class=\"enhancement\"><div class=\"q7\"><blockquote>“We know we have let people down, and this "
                + "is how we start to put it right.”</blockquote><div class=\"q8\">— Helen Marsh, chief executive</div></div></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"article-body\"><p>" + P1 + " " + quoted
                + "</p>" + pull + "<p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1 + " " + quoted, P2, P3);
    }

    @Test
    void dropsAPullQuoteWhoseSentencesTheStoryParted() throws Exception {
        String quoted = "“We expected the old pier to be failing,” said the engineer, Ann Lee. “Instead, we found piles that "
                + "have held up far better than the survey said.”";
        String pull = "<blockquote class=\"q7\"><div class=\"q8\">“We expected the old pier to be failing. Instead, we found "
                + "piles that have held up far better than the survey said.”</div><div class=\"q9\">Ann Lee, engineer</div>"
                + "</blockquote>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + quoted
                + "</p>" + pull + "<p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, quoted, P2, P3);
    }

    @Test
    void keepsAFieldWhoseLabelTheThemeHides() throws Exception {
        String field = "<div class=\"paragraph\"><div class=\"field field--name-field-text field--label-hidden\"><p>%s</p></div></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1>" + String.format(field, P1) + String.format(field, P2)
                + "<div class=\"paragraph\"><h2 class=\"field field--name-field-heading field--label-hidden\">What happens next"
                + "</h2></div>" + String.format(field, P3) + "<div class=\"visually-hidden\">Skip to the comments</div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "What happens next", P3);
    }

    @Test
    void endsAPressReleaseAtItsEndMarkAndAPieceAtItsDisclosureStatement() throws Exception {
        String about = "<h3>About the Harbour Board</h3><p>The Harbour Board manages the ferry terminals, piers and moorings of the "
                + "west coast on behalf of the county, and has done so since it was set up by statute in 1921.</p><p>Media "
                + "contact: Ann Lee, 555-0100</p>";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"q1\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p><p>###</p>" + about + "</div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        Article b = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"q1\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></div><div class=\"q2\"><h3>Disclosure statement</h3><p>Ann Lee receives funding from the Harbour "
                + "Research Council and the Coastal Trust, and advises the county on its ferry contracts.</p></div></main>");
        assertThat(b.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAQuotationTheStorySetsApartOnce() throws Exception {
        String letter = "“The pier will not stand another winter without repair, and I urge the board to act before the "
                + "storms come,” the engineer wrote.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"article-body\"><p>" + P1
                + "</p><blockquote><p>" + letter + "</p></blockquote><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, letter, P2, P3);
    }

    @Test
    void dropsAnInstagramPostEmbeddedInTheStory() throws Exception {
        String post = "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com/p/C7x/\">"
                + "<div><a href=\"https://www.instagram.com/p/C7x/\">View this post on Instagram</a></div><p>Opening night at the "
                + "new terminal, round two. Thank you to every one of you who waved from the quay.</p></blockquote>";
        Article a = extract(article("", "").replace("<p>" + P2, post + "<p>" + P2));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAdLabelsAndTheTextSizeControlOfEastAsianSites() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><div>字号</div><p>" + P1
                + "</p><div>광고</div><p>" + P2 + "</p><div>広告</div><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsARegionalPapersCallForStoriesAndAPagedStorysLinks() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1 + "</p>"
                + "<p>Seite 2</p><p>" + P2 + "</p><p>Auf einer Seite lesen</p><p>" + P3 + "</p><h3>Do you have a story for us?</h3>"
                + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsATabloidsCallForReadersStoriesUnderTheStory() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>We pay for your stories!</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsABroadcastersLivePageLabels() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q4\"><p>Live reporting</p><p>"
                + P1 + "</p><p>" + P2 + "</p><p>Get involved</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsTheLabelsOverAndUnderAnAdSlotTheCleanerTookAsLinesOfTheirOwn() throws Exception {
        String ad = "<div class=\"flex flex-col\"><span>Advertisement</span><div class=\"ad-container\"></div>"
                + "<span>Article continues below this ad</span></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p>" + ad + "<p>"
                + P2 + "</p>" + ad.replace("Article continues below this ad", "Scroll ke bawah untuk melanjutkan membaca")
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheBreakWhereABoxTheCleanerTookStoodInBareText() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"story\">" + P1 + "<br><br>" + P2
                + "<div class=\"ad-slot\"><span>Ad</span></div>" + P3 + "<br><br>" + P4 + "</div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsAReleasesPressContactsUnderTheirLabel() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"release\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p class=\"customer\">Rückfragen bitte an:</p><p>Hafenamt Elling<br>Claire Roe<br>"
                + "Pressestelle<br>Telefon: 0400/555-0100<br>E-Mail: presse@elling.example<br>http://www.elling.example/presse/</p>"
                + "<p class=\"originator\">Original-Content von: Hafenamt Elling, übermittelt durch news aktuell</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsASubheadingItsThemeCallsAHeaderOverAList() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><h2 class=\"header-two\">The crossings still running</h2><ol><li>Elling to Marsh Quay, hourly</li>"
                + "<li>Elling to Port Anna, twice a day</li></ol><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "The crossings still running", "Elling to Marsh Quay, hourly",
                "Elling to Port Anna, twice a day", P3);
    }

    @Test
    void dropsAForumsPostingsUnderTheStory() throws Exception {
        String posting = "<div class=\"posting\"><span class=\"posting-user\">Harbourwatcher</span><p class=\"posting-text\">"
                + "The pier has been patched so often that nobody on the quay believes a word of the new opening date any more.</p>"
                + "</div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"story-text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><section class=\"story-talk\"><h2>Forum</h2>" + posting + posting.replace(
                "Harbourwatcher", "Quayside") + "</section></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
}

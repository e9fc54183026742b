package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;
import static org.storyline.core.extract.HtmlArticleExtractorTest.page;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** Markup that says more than its text: links a page left open, the dateline that opens the story. */
class HtmlBodyMarkupTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    @Test
    void keepsAPoemOfShortLinesBesideOneStraySentence() throws Exception {
        Article a = extract("<article><h1>Harbour at dawn</h1><div class=\"entry\"><p>The boats lie still</p>"
                + "<p>the gulls are late</p><p>the ferry waits</p><p>for no one now</p></div>"
                + "<p class=\"meta\">Filed under poems, with the others written on the quay this winter.</p></article>");
        assertThat(a.paragraphs()).startsWith("The boats lie still", "the gulls are late", "the ferry waits", "for no one now");
    }

    @Test
    void takesThePostAroundAPoemWhoseOnlySentenceIsALineOfFurniture() throws Exception {
        Article a = extract("<main><article class=\"post\"><h1>Harbour at dawn</h1><div class=\"entry\"><p>The boats lie still</p>"
                + "<p>the gulls are late</p><p>the ferry waits</p><p>for no one now</p><p>at half past nine</p></div>"
                + "<p class=\"post-meta\">Filed under poems, with the others from the quay.</p></article></main>");
        assertThat(a.paragraphs()).containsExactly("The boats lie still", "the gulls are late", "the ferry waits",
                "for no one now", "at half past nine");
    }

    @Test
    void keepsTheOneShortParagraphOfAPageWithNothingElse() throws Exception {
        Article a = extract("<main><article><h1>Ferry cancelled</h1><div class=\"entry\"><p>No ferry today: the storm closed the quay.</p>"
                + "</div><ul class=\"tags\"><li><a href=\"/tag/ferry\">Ferry</a></li><li><a href=\"/tag/storms\">Storms</a></li></ul>"
                + "</article></main>");
        assertThat(a.paragraphs()).containsExactly("No ferry today: the storm closed the quay.");
    }

    @Test
    void keepsAPostWhoseWrapperNamesItsCategoriesInItsClasses() throws Exception {
        var menu = new StringBuilder("<ul class=\"menu\">");
        for (int i = 1; i <= 12; i++) {
            menu.append("<li><a href=\"/harbour/").append(i).append("\">Harbour board notice number ").append(i)
                    .append(" on the quay, the pier and the mooring fees for the coming season</a></li>");
        }
        Article a = extract(menu + "</ul><div id=\"content\"><div id=\"post-12\" class=\"post-12 post type-post "
                + "status-publish category-newsletter tag-social-media hentry\"><h1>Ferry timetable changes</h1>"
                + "<div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void keepsABriefingWhoseItemsLinkTheSecondHalfOfTheirSentence() throws Exception {
        String[][] items = {
            {"Stocks in Asia rose overnight on the trade figures, ", "led by the exporters in Seoul and in Taipei."},
            {"Oil slipped for a third day as stockpiles grew, ", "by more than the analysts had forecast last week."},
            {"The prime minister faces questions on the rail contract, ", "after two ministers gave different dates."},
            {"A new poll puts the opposition four points ahead, ", "its biggest lead over the government since spring."}};
        var briefing = new StringBuilder("<div class=\"x1f\"><p>Good morning, and welcome to the Thursday briefing, with "
                + "three big companies reporting before the open.</p>");
        for (int i = 0; i < items.length; i++) {
            briefing.append(i % 2 == 0 ? "<h3>Section " + i + "</h3><ul class=\"x2a\">" : "").append("<li><p>").append(items[i][0])
                    .append("<a href=\"https://news.example/").append(i).append("\">").append(items[i][1]).append("</a></p></li>")
                    .append(i % 2 == 1 ? "</ul>" : "");
        }
        Article a = extract("<div class=\"x9c\"><h1>The Thursday briefing</h1>" + briefing + "</div></div>");
        assertThat(a.text()).contains("Stocks in Asia rose", "Oil slipped", "The prime minister", "A new poll");
    }

    @Test
    void keepsTheEditorsNoteUnderEachPictureOfAGalleryThatCallsItAComment() throws Exception {
        var items = new StringBuilder();
        for (String note : new String[] {P1, P2, P3}) {
            items.append("<div class=\"gallery-item\"><a href=\"/photos/").append(note.length()).append("\"><img src=\"/p.jpg\">")
                    .append("</a><div class=\"gallery-item__comment\">").append(note).append("</div></div>");
        }
        Article a = extract("<main><h1>The year's favourite rooms</h1><div class=\"gallery-items\">" + items + "</div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutANoteOnTheCommentsThatIsNoItemOfAGallery() throws Exception {
        Article a = extract("<main><div class=\"story\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class=\"comments-note\"><p>The responses below are the readers' own, and the "
                + "Gazette does not check that each of them is answered.</p></div></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAReadersForumUnderTheStory() throws Exception {
        String posting = "<li class=\"posting\"><span class=\"user\">Hafenblick</span><p>%s</p></li>";
        Article a = extract("<main><div class=\"story\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<section id=\"forum\" class=\"story-community\"><ol class=\"posting-list\">"
                + posting.formatted("I have lived beside the pier for five years and the noise starts at six every morning, "
                        + "so a later opening is the last thing the street needed to hear this week.")
                + posting.formatted("To be fair, water at that depth is no planning error but geology, and the authority "
                        + "said so in its report last winter; the steel shortage is another matter.")
                + "</ol></section></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsListItemHeadingsThatAClassCallsAHeader() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><h3 class=\"header__StyledHeading-x1\">Harbour Lights</h3><p>"
                + P2 + "</p><h3 class=\"header__StyledHeading-x1\">Winter Market</h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "Harbour Lights", P2, "Winter Market", P3);
    }

    @Test
    void keepsListItemHeadingsThatLinkToThemselves() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><h3 id=\"lights\"><a href=\"#lights\">Harbour Lights</a></h3><p>"
                + P2 + "</p><h3 id=\"market\"><a href=\"#market\"><span>Winter Market</span></a></h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "Harbour Lights", P2, "Winter Market", P3);
    }

    @Test
    void leavesOutAListOfLinksToTheSectionsOfThePage() throws Exception {
        String contents = "<ul><li><a href=\"#lights\">Harbour Lights</a></li><li><a href=\"#market\">Winter Market</a></li></ul>";
        String body = "<div class=\"story\"><p>" + P1 + "</p>" + contents + "<h3 id=\"lights\">Harbour Lights</h3><p>" + P2
                + "</p><h3 id=\"market\">Winter Market</h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "Harbour Lights", P2, "Winter Market", P3);
    }

    @Test
    void keepsListItemHeadingsThatLinkToThePlaceTheyName() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><h3><a href=\"https://harbour-lights.example/\">Harbour Lights</a></h3>"
                + "<p>" + P2 + "</p><h3><a href=\"https://www.winter-market.example/visit\">Winter Market</a></h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "Harbour Lights", P2, "Winter Market", P3);
    }

    @Test
    void leavesOutLinkedHeadingsOfThisSitesOtherStories() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><h3><a href=\"/news/lights\">Harbour Lights review</a></h3><p>" + P2
                + "</p><h3><a href=\"https://www.elling-gazette.example/news/market\">Winter Market review</a></h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsRankedItemHeadingsThatLinkToTheSitesPageOnThePlace() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><a href=\"/places/harbour-lights\"><h3><span>1.</span>&nbsp;Harbour "
                + "Lights</h3></a><p>" + P2 + "</p><a href=\"/places/winter-market\"><h3><span>2.</span>&nbsp;Winter Market</h3></a>"
                + "<p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>The best things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "1. Harbour Lights", P2, "2. Winter Market", P3);
    }

    @Test
    void leavesOutAPriceLinkedToAShopAsAHeading() throws Exception {
        String body = "<div class=\"story\"><p>" + P1 + "</p><h3><a href=\"https://shopmart.example/lamp\">$50</a></h3><p>" + P2
                + "</p><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheFirstItemsHeadingOfAListArticleWithNoIntroduction() throws Exception {
        String body = "<div class=\"story\"><h3 class=\"item\">Harbour Lights</h3><p>" + P1 + "</p><h3 class=\"item\">Winter Market"
                + "</h3><p>" + P2 + "</p><h3 class=\"item\">The Old Pier</h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly("Harbour Lights", P1, "Winter Market", P2, "The Old Pier", P3);
    }

    @Test
    void leavesOutAHeadingBeforeTheStoryUnlikeItsSubheadings() throws Exception {
        String body = "<div class=\"story\"><h2 class=\"section-label\">Around the harbour</h2><p>" + P1 + "</p><h3 class=\"item\">"
                + "Winter Market</h3><p>" + P2 + "</p><h3 class=\"item\">The Old Pier</h3><p>" + P3 + "</p></div>";
        Article a = extract("<main><h1>Things to do this weekend</h1>" + body + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, "Winter Market", P2, "The Old Pier", P3);
    }

    @Test
    void takesAParagraphEndingWithACreditInParenthesesForACaption() throws Exception {
        String caption = "Storm damage on the old pier seen from the harbour wall. (Credit: Jane Roe)";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + caption + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.captions()).containsExactly(caption);
    }

    @Test
    void keepsBodyWhenNavigationLeavesALinkOpen() throws Exception {
        String nav = "<nav><a href=\"/\">Home</a> <a href=\"/news\">News <a href=\"/sport\">Sport</nav>";
        Article a = extract(nav + "<main><article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stillTreatsRelatedLinksAsLinks() throws Exception {
        String related = "<div><p><a href=\"/a\">Pier repairs will cost twice the estimate, the harbour board "
                + "was told at its meeting on Thursday evening.</a></p></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + related);
        assertThat(a.text()).doesNotContain("Pier repairs");
    }

    @Test
    void readsDatelineOfTheFirstParagraph() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><p>PORT ELLING \u2014 " + P1 + "</p><p>" + P2 + "</p></article>");
        assertThat(a.datelinePlace()).isEqualTo("Port Elling");
        assertThat(a.paragraphs().get(0)).startsWith("PORT ELLING \u2014 The harbour authority");
    }

    @Test
    void noDatelineWhenTheLeadHasNone() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertThat(a.datelinePlace()).isNull();
    }

    @Test
    void keepsPaywalledParagraphsHiddenInsideTheArticleBody() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div itemprop=\"articleBody\"><p>" + P1 + "</p>"
                + "<div class=\"locked\" style=\"display:none\"><p>" + P2 + "</p><p>" + P3 + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheFreePreviewThatAClassNamesForSubscribers() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div itemprop=\"articleBody\"><div class=\"subscriber-preview\"><p>" + P1
                + "</p></div><div class=\"subscriber-content\"><p>" + P2 + "</p><p>" + P3 + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stillDropsASubscribeBox() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div class=\"subscribe-box\"><p>Get every story from the harbour delivered to you for one pound a week.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheRestOfTheStoryThatAButtonUnfolds() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><p>" + P1 + "</p><div class=\"q2\"><button class=\"q3\">Story "
                + "continues</button><div class=\"q4\" style=\"display:none\" aria-hidden=\"true\"><p>" + P2 + "</p><p>" + P3
                + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheRestOfTheStoryThatAButtonUnfoldsInPortugueseOrPolish() throws Exception {
        for (String button : List.of("Continuar a ler", "Czytaj dalej")) {
            Article a = extract("<div class=\"q1\"><h1>Ferry</h1><p>" + P1 + "</p><div class=\"q2\"><button class=\"q3\">" + button
                    + "</button><div class=\"q4\" style=\"display:none\" aria-hidden=\"true\"><p>" + P2 + "</p><p>" + P3
                    + "</p></div></div></div>");
            assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void dropsHiddenParagraphsOutsideTheArticleBody() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2
                + "</p></div></article><div style=\"display:none\"><p>" + P3 + "</p></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void takesTheArticleWhenItsStoryIsMostlyLinks() throws Exception {
        var deals = new StringBuilder("<div class=\"deals\">");
        for (int i = 0; i < 12; i++) {
            deals.append("<p>Harbour Lantern ").append(i).append(" <a href=\"/shop/").append(i)
                    .append("\">now 20 per cent off at the quay shop</a></p>");
        }
        deals.append("</div>");
        String note = "<div class=\"note\"><p>We may earn a small fee from purchases made through the links on this "
                + "page. Prices were checked on the morning of publication and may have changed since then, so check "
                + "before you buy.</p></div>";
        String p4 = "The quay shop said the sale would run until the end of the month, or until the lanterns sold out, "
                + "whichever came first.";
        Article a = extract("<article><h1>Deals</h1><p>" + P1 + "</p>" + deals + "<p>" + P2 + "</p>" + deals + "<p>" + P3
                + "</p>" + deals + "<p>" + p4 + "</p>" + note + "</article>");
        assertThat(a.text()).contains(p4);
    }

    /** Enough menu text that the wrapper holds under the share of the page a class word may remove. */
    private static final String LONG_FOOTER = "<footer><ul>" + "<li><a href=\"/x\">Harbour news and ferry times</a></li>".repeat(40)
            + "</ul></footer>";

    @Test
    void keepsStoryWrappedInAnElementWhoseClassNamesFurniture() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"builder-widget-wrap\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></main>" + LONG_FOOTER);
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stillDropsAFurnitureBoxOfParagraphsBesideALongerStory() throws Exception {
        String appeal = "<div class=\"promo-support\"><p>Our journalism is free to read for everyone in the county, "
                + "but it costs money to report and we rely on readers.</p><p>Every contribution, however small, keeps "
                + "our reporters at the council meetings that no one else attends.</p><p>Please consider giving a "
                + "little each month so that the Gazette can stay free for all its readers.</p></div>";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + P1.replace("Tuesday", "Wednesday") + "</p></div>" + appeal + "</main>"
                + LONG_FOOTER);
        assertThat(a.text()).doesNotContain("Our journalism");
    }

    @Test
    void keepsParagraphsWhenThePageClassNamesCaptions() throws Exception {
        String html = page("", "<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>").replace("<body>", "<body class=\"theme-lightbox-captions\">");
        Article a = extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, html,
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesParagraphEndingWithACreditLabelAsCaption() throws Exception {
        String caption = "The new pier seen from the ferry deck in January. Credit: Elling Harbour Board";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><div class=\"pic\"><img src=\"p.jpg\"><p>" + caption
                + "</p></div><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.captions()).containsExactly(caption);
    }

    @Test
    void takesParagraphEndingWithAnAgencyInParenthesesAsCaption() throws Exception {
        String caption = "Harbour workers inspect the damaged pier in Port Elling on Jan. 9, 2024. (AP)";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + caption + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesParagraphEndingWithAPhotographsCreditAsCaption() throws Exception {
        for (String caption : List.of("The pier at low tide. Photograph by Ann Lee.",
                "The old ferry at its berth in 1962. Photo courtesy of the Harbour Trust.")) {
            Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + caption + "</p><p>" + P2 + "</p><p>" + P3
                    + "</p></article>");
            assertThat(a.paragraphs()).as(caption).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void takesAWirePhotosArchiveCaptionAsCaption() throws Exception {
        String caption = "FILE - Harbour workers inspect the damaged pier in Port Elling, Jan. 9, 2024.";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><div class=\"q1\"><img src=\"pier.jpg\"><div>" + caption
                + "</div></div><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.captions()).containsExactly(caption);
    }

    @Test
    void takesTheSlidesOfAWireGalleryOverTheStoryAsCaptions() throws Exception {
        String retold = " The harbour authority said on Tuesday the new terminal would open in March, two years late, after storms "
                + "damaged the pier twice and a shortage of steel kept crews waiting for most of last winter; the island's ferries "
                + "will use the old pier until then, whatever the cost of its repairs. (AP Photo/Ann Lee, File)";
        var gallery = new StringBuilder("<div class=\"q5\">");
        for (int i = 1; i <= 3; i++) {
            gallery.append("<div class=\"q6\"><img src=\"pier").append(i).append(".jpg\"><div class=\"q7\"><span>").append(i)
                    .append(" of 3<span>&nbsp;|&nbsp;</span></span><span><p>FILE - Harbour workers inspect the damaged pier in ")
                    .append("Port Elling, Jan. ").append(i + 8).append(", 2024.").append(retold).append("</p></span></div></div>");
        }
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1>" + gallery + "</div><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsMarkupPrintedAsText() throws Exception {
        String embed = "Embed &lt;iframe src=\"https://www.elling-gazette.example/player/embed/ferry\" width=\"100%\" "
                + "height=\"290\" frameborder=\"0\"&gt;&lt;/iframe&gt;";
        String post = "&lt;a href=\"https://social.example/tags/ferry\"&gt;#ferry&lt;/a&gt; The harbour authority now says March, and "
                + "nobody on the island believes it after two winters of promises about the new terminal and its pier.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><div class=\"q3\">" + embed
                + "</div><p>" + P2 + "</p><blockquote class=\"q4\"><p>" + post + "</p></blockquote><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAParagraphThatNamesATag() throws Exception {
        String tag = "Publishers that let readers copy an &lt;iframe&gt; tag to show the timetable elsewhere saw it spread to "
                + "forty sites in a week, the harbour authority said.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + tag + "</p><p>" + P2
                + "</p></div></div>");
        assertThat(a.paragraphs()).hasSize(3).element(1).asString().startsWith("Publishers that let readers copy an <iframe> tag");
    }

    @Test
    void takesACaptionWithItsOwnHideButtonAndItsCopiesAsCaptions() throws Exception {
        String caption = "Harbour workers inspect the damaged pier in Port Elling on a grey morning in January.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><div class=\"q3\"><img src=\"pier.jpg\">"
                + "<div class=\"q4\"><p>" + caption + " Ann Lee/Harbour Gazette <b>hide caption</b></p></div><div class=\"q5\">toggle "
                + "caption</div><div class=\"q6\">Ann Lee/Harbour Gazette</div><div class=\"q7\"><p>" + caption + "</p><div>Ann Lee/"
                + "Harbour Gazette</div></div></div><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAOneWordSubheadingAContentSystemSetsInAHeaderOverItsPart() throws Exception {
        String frame = "<div class=\"frame frame-default frame-type-text\"><header class=\"frame-header\"><h2 class=\"element-"
                + "header\">%s</h2></header><p>%s</p><p>%s</p></div>";
        Article a = extract("<main><h1>Ferry</h1>" + frame.formatted("Delays", P1, P2) + frame.formatted("Repairs", P3,
                HtmlBodyInterruptedTest.P4) + "</main>");
        assertThat(a.paragraphs()).containsExactly("Delays", P1, P2, "Repairs", P3, HtmlBodyInterruptedTest.P4);
    }

    @Test
    void takesAChineseCaptionEndingOnItsPhotographersCreditAsCaption() throws Exception {
        String p1 = "记者从国家邮政局获悉，今年一季度全国快递业务量同比增长百分之二十一，农村地区的增幅明显高于城市。";
        String p2 = "业内人士表示，村级寄递物流综合服务站的建设，让农产品进城和工业品下乡的渠道更加畅通。";
        String p3 = "国家邮政局有关负责人说，下一步将继续推进快递进村工程，力争年底前实现建制村快递服务全覆盖。";
        String caption = "4月8日，在江西省赣州市一家快递分拨中心，工作人员在分拣包裹。新华社记者 周明 摄";
        String credited = "这是在四川省眉山市拍摄的快递包裹（无人机照片）。（记者许雯摄）";
        String taken = "快递包裹的最新运送路线示意图。（圖擷取自中央氣象署）";
        String drawn = "3月28日，杨浦区一处老旧小区，施工人员在安装电梯井道。澎湃新闻记者 吴佳颖 图";
        Article a = extract("<div class=\"q1\"><h1>快递</h1><div class=\"q2\"><p>" + p1 + "</p><p>" + caption + "</p><p>" + p2
                + "</p><p>" + credited + "</p><p>" + taken + "</p><p>" + drawn + "</p><p>" + p3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(p1, p2, p3);
    }

    @Test
    void takesALongCaptionEndingOnAWireCreditAsCaption() throws Exception {
        String caption = "Harbour workers inspect the damaged pier in Port Elling, Tuesday, Jan. 9, 2024. The harbour authority "
                + "said on Tuesday that the new ferry terminal would open in March, two years later than planned, after storms "
                + "damaged the pier twice and a shortage of steel kept crews waiting for most of last winter. The island's "
                + "ferries will use the old pier until then, whatever the cost of its repairs. (AP Photo/Ann Lee)";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><div class=\"q3\"><img src=\"pier.jpg\">"
                + "<p class=\"q4\">" + caption + "</p></div><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesAParagraphEndingOnAnAgencysPhotoCreditAsCaption() throws Exception {
        String caption = "A ferry leaves the new pier in Port Elling, Jan. 9, 2024. (Xinhua/Ann Lee)";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p><img src=\"pier.jpg\"></p><p class=\"q4\">"
                + caption + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesAParagraphEndingOnAChineseCaptionsCreditAsCaption() throws Exception {
        String caption = "▲渡輪停靠在新碼頭。（圖／港務局提供）";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><p><img src=\"pier.jpg\"></p><p>"
                + caption + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesAParagraphEndingOnACreditInCapitalsInBracketsAsCaption() throws Exception {
        String caption = "A rendering of the planned waiting room under the new pier in Port Elling [ELLING HARBOUR AUTHORITY]";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p><img src=\"pier.jpg\"></p><p>"
                + caption + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheJoinersOfPersianWordsButNotStrayZeroWidthMarksInLatinText() throws Exception {
        String persian = "دولت اعلام کرده است که ادارات و بانک\u200cها در روزهای سرد تعطیل می\u200cشوند و مردم باید مصرف گاز و "
                + "برق را کم کنند، چون مصرف در هفته گذشته به بیشترین اندازه در ده سال رسیده است.";
        Article a = extract("<article><h1>Ferry</h1><p>" + persian + "</p><p>" + P1.replace("ferry", "fer\u200cry") + "</p><p>"
                + P2.replace("steel", "st\u200bee\u00adl") + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(persian, P1, P2);
    }

    @Test
    void takesAParagraphEndingOnACourtesyCreditInBracketsAsCaption() throws Exception {
        String caption = "A rendering of the planned terminal on the new pier in Port Elling. (Courtesy: Harbour Architects)";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p><img src=\"pier.jpg\"></p><p>"
                + caption + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheItemsOfAStoryThePageNamesANewsletterButNotItsSignUpBox() throws Exception {
        String item = "<section class=\"NewsletterItem_item__P3j9w\"><h2 class=\"NewsletterItem_headline__hV8t2\">%s</h2>"
                + "<div class=\"StoryText_storyText__a1B2c\"><p>%s</p></div></section>";
        Article a = extract("<article class=\"Newsletter_story__1c7Gz\"><h1>Harbour AM</h1>" + item.formatted("1 big thing: Ferry", P1)
                + "<div class=\"newsletter-signup\"><p>Get Harbour AM in your inbox every morning.</p><form><input type=\"email\">"
                + "</form></div>" + item.formatted("2. Steel", P2) + item.formatted("3. Residents", P3) + "</article>");
        assertThat(a.paragraphs()).containsExactly("1 big thing: Ferry", P1, "2. Steel", P2, "3. Residents", P3);
    }

    @Test
    void takesAParagraphEndingOnAChinesePictureCreditAfterItsSentenceAsCaption() throws Exception {
        String caption = "2031年3月10日，港口新码头的候船室。图：港务局";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><p><img src=\"pier.jpg\"></p><p>"
                + caption + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesACaptionOpeningOnItsPlaceInAGalleryAsCaption() throws Exception {
        String caption = "[1/2]Harbour workers inspect the damaged pier in Port Elling, Tuesday, Jan. 9, 2024. The harbour "
                + "authority said on Tuesday that the new ferry terminal would open in March, two years later than planned, after "
                + "storms damaged the pier twice and a shortage of steel kept crews waiting for most of last winter.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><div class=\"q3\"><img src=\"pier.jpg\">"
                + "<p class=\"q4\">" + caption + "</p></div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void takesALineAloneWithAPictureAsItsCaption() throws Exception {
        String caption = "Harbour workers inspect the damaged pier in Port Elling.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><div class=\"q3\"><img src=\"pier.jpg\">"
                + "<div class=\"q4\">" + caption + "</div></div><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.captions()).containsExactly(caption);
    }

    @Test
    void keepsAListItemsTextUnderItsNameBesideItsPicture() throws Exception {
        String item = "<div class=\"q5\"><h2>%s</h2><img src=\"%s.jpg\"><p>%s</p></div>";
        String lisbon = "The sun still shines most days, and the trams up to the castle are quiet.";
        Article a = extract("<div class=\"q1\"><h1>Three cities to visit</h1><div class=\"q2\"><p>" + P1 + "</p>"
                + String.format(item, "Paris", "paris", P2) + String.format(item, "Lisbon", "lisbon", lisbon)
                + String.format(item, "Vienna", "vienna", P3) + "</div></div>");
        assertThat(a.paragraphs()).contains(P2, lisbon, P3);
    }

    @Test
    void keepsAParagraphBesideAPictureAmongTheStorysOwn() throws Exception {
        String more = "Passengers will be carried on a smaller boat from the old slipway until then, the authority said.";
        Article a = extract("<div class=\"q1\"><h1>Ferry</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"q3\">"
                + "<img src=\"pier.jpg\"><p>" + P3 + "</p><p>" + more + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, more);
    }

    @Test
    void keepsParagraphEndingWithAnAsideInParentheses() throws Exception {
        String aside = "The board has asked for the repairs to be done before the summer. (The council has not said yes.)";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + aside + "</p><p>" + P2 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, aside, P2);
    }

    @Test
    void takesParagraphEndingWithAPhotographersNameAsCaption() throws Exception {
        String caption = "Harbour workers inspect the damaged pier in Port Elling. By Jane Q. Roe";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + caption + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheShortSentenceThatEndsTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>We will wait.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, "We will wait.");
    }

    @Test
    void keepsALettersClosingLineAndTheNameSignedUnderIt() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>In solidarity,</p><p>The Harbour Workers' Committee</p></div><div class=\"share\">"
                + "<p>Share this,</p><p>Facebook</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, "In solidarity,", "The Harbour Workers' Committee");
    }

    @Test
    void leavesOutASubscriptionOffersLastLineThoughItReadsAsAShortSentence() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>Cancel anytime.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesAShortSentenceAfterTheStoryInABoxOfItsOwn() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"thanks\"><p>Thanks for reading.</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    private static final String TABLE = "<table><tr><th>Boat</th><th>Crossings</th></tr><tr><td>Marigold</td><td>412</td></tr>"
            + "<tr><td>Puffin</td><td>388</td></tr></table>";

    @Test
    void keepsTheTableThatEndsTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p>" + TABLE + "</div></article><div class=\"more\"><a href=\"/a\">More news</a></div>");
        assertThat(a.paragraphs()).containsSubsequence(P3, "Boat Crossings", "Marigold 412", "Puffin 388");
    }

    @Test
    void keepsTheTableThatEndsTheStoryInABlockEditorsFigure() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1
                + "</p><figure class=\"wp-block-table\">" + TABLE + "<figcaption>Crossings by boat</figcaption></figure></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "Boat Crossings", "Marigold 412", "Puffin 388")
                .doesNotContain("Crossings by boat");
    }

    @Test
    void keepsTheTableThatEndsTheStoryInsideAWrapperOfItsOwn() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1
                + "</p><div class=\"table-wrapper\"><div class=\"scroll\">" + TABLE + "</div></div></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "Boat Crossings", "Marigold 412", "Puffin 388");
    }

    @Test
    void leavesATableWhoseWrapperHoldsAHeadingOfItsOwnAfterTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><div class=\"schedule\"><h3>Winter timetable</h3>" + TABLE + "</div></div></article>");
        assertThat(a.paragraphs()).doesNotContain("Marigold", "Puffin");
    }

    @Test
    void keepsTheDatesThatHeadATimelinesEntries() throws Exception {
        var timeline = new StringBuilder();
        for (String[] entry : new String[][] {{"2013-06", "June 2013", P1}, {"2016-01", "January 2016", P2},
                {"2020-10", "October 2020", P3}}) {
            timeline.append("<div class=\"entry\"><h3><time datetime=\"").append(entry[0]).append("\">").append(entry[1])
                    .append("</time></h3><p>").append(entry[2]).append("</p></div>");
        }
        Article a = extract("<article><h1>The ferry dispute: a timeline</h1><p class=\"byline\"><time datetime=\"2024-05-14\">"
                + "May 14, 2024</time></p>" + timeline + "</article>");
        assertThat(a.paragraphs()).containsExactly("June 2013", P1, "January 2016", P2, "October 2020", P3);
    }

    @Test
    void keepsTwoRowsOfATableThatReadTheSame() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><table><tr><th>Round</th><th>Won</th><th>Lost</th></tr><tr><td>1</td><td>6</td><td>6</td></tr>"
                + "<tr><td>1</td><td>6</td><td>6</td></tr></table></div></article>");
        assertThat(a.paragraphs()).endsWith("Round Won Lost", "1 6 6", "1 6 6");
    }

    @Test
    void keepsTheRowsOfAFixturesTableThoughTheyGiveADateAndATime() throws Exception {
        Article a = extract("<article><h1>Ferry cup fixtures</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><table>"
                + "<tr><th>Match</th><th>Date</th><th>Venue</th><th>Time</th></tr><tr><td>1st Test</td><td>Nov 14-18</td>"
                + "<td>Elling</td><td>9:30 AM</td></tr><tr><td>2nd Test</td><td>Nov 22-26</td><td>Marrow</td><td>9:00 AM</td></tr>"
                + "</table><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P2, "Match Date Venue Time", "1st Test Nov 14-18 Elling 9:30 AM",
                "2nd Test Nov 22-26 Marrow 9:00 AM", P3);
    }

    @Test
    void keepsATimetablesRowsOfTwoCellsThoughEachReadsAsAStamp() throws Exception {
        Article a = extract("<article><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><table>"
                + "<tr><td>Period</td><td>Headway</td></tr><tr><td>7:10am - 7:30am</td><td>10 minutes</td></tr>"
                + "<tr><td>7:31am - 11:36am</td><td>8 minutes</td></tr><tr><td>11:37am - 2:36pm</td><td>10 minutes</td></tr>"
                + "</table><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P2, "Period Headway", "7:10am - 7:30am 10 minutes",
                "7:31am - 11:36am 8 minutes", "11:37am - 2:36pm 10 minutes", P3);
    }

    @Test
    void leavesTheStampInAFormOfLabelledFieldsAboveTheStory() throws Exception {
        Article a = extract("<article><table><tr><td>Release Number:</td><td>31-0412</td></tr><tr><td>Date Issued:</td>"
                + "<td>Friday, March 28, 2031 2:05 PM</td></tr><tr><td>Category:</td><td>Harbour</td></tr></table>"
                + "<h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></article>");
        assertThat(a.paragraphs()).doesNotContain("Date Issued: Friday, March 28, 2031 2:05 PM");
    }

    @Test
    void readsEachRowOfATableOfDataAsOneLineLinksAndAll() throws Exception {
        Article a = extract("<article><h1>How the table stands</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><table class=\"league-table\"><thead><tr><th scope=\"col\">Pos</th><th>Team</th><th>Pts</th></tr>"
                + "</thead><tbody><tr><td>1</td><td class=\"team\"><a href=\"/teams/derry\">Derry</a></td><td>9</td></tr>"
                + "<tr><td>2</td><td class=\"team\"><a href=\"/teams/kerry\"><span>Kerry</span></a></td><td>8</td></tr>"
                + "</tbody></table></div></article>");
        assertThat(a.paragraphs()).endsWith(P3, "Pos Team Pts", "1 Derry 9", "2 Kerry 8");
    }

    @Test
    void keepsTheRowsOfATableWhoseClassNamesTheirStanding() throws Exception {
        Article a = extract("<article><h1>How the table stands</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><table><tr><th>Pos</th><th>Team</th><th>Pts</th></tr><tr class=\"promotion\"><td>1</td><td>Derry</td>"
                + "<td>9</td></tr><tr><td>2</td><td>Kerry</td><td>8</td></tr><tr class=\"relegation promo-zone\"><td>3</td>"
                + "<td>Mayo</td><td>2</td></tr></table></div></article>");
        assertThat(a.paragraphs()).endsWith("Pos Team Pts", "1 Derry 9", "2 Kerry 8", "3 Mayo 2");
    }

    @Test
    void keepsATableOfDataSetInAnAsideAmongTheStorysParagraphsButNotASidebarsTable() throws Exception {
        String rows = "<tr><th>Rk</th><th>Crew</th><th>Time</th></tr><tr><td>1</td><td><a href=\"/c/elling\">Elling</a></td>"
                + "<td>6:02</td></tr><tr><td>2</td><td><a href=\"/c/cove\">Cove</a></td><td>6:09</td></tr><tr><td>3</td>"
                + "<td><a href=\"/c/mull\">Mull</a></td><td>6:15</td></tr>";
        String sidebar = "<aside class=\"rail\"><h3>League standings</h3><table><tr><td>1</td><td>Derry</td><td>9</td></tr>"
                + "<tr><td>2</td><td>Kerry</td><td>8</td></tr><tr><td>3</td><td>Mayo</td><td>2</td></tr></table></aside>";
        Article a = extract("<div class=\"wrap\"><article><h1>How the regatta finished</h1><div class=\"text\"><p>" + P1
                + "</p><p>" + P2 + "</p><aside class=\"inline inline-table\"><table>" + rows + "</table></aside><p>" + P3
                + "</p></div></article>" + sidebar + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Rk Crew Time", "1 Elling 6:02", "2 Cove 6:09", "3 Mull 6:15", P3);
    }

    @Test
    void endsAStoryLaidOutInATableAtItsRowOfLinksToTheNextPage() throws Exception {
        String side = "<td><table><tr><td><b>Upcoming Meetings</b></td></tr><tr><td><b>June 4, 7:00 pm</b><br>Annual meeting "
                + "and election of officers.<br><br><b>June 15, 10:00 am</b><br>Garden tour. Tickets $12 at the door.<br><br>"
                + "<b>June 22, noon</b><br>Summer picnic at Cove Park. Bring a dish to share!</td></tr><tr><td><b>Member "
                + "Spotlight</b></td></tr><tr><td>This month we visit the shade garden of Ruth and Elliot Stern, who have "
                + "turned a slope under three old oaks into a woodland of ferns. <a href=\"/spotlight\">Read more...</a>"
                + "</td></tr></table></td>";
        Article a = extract("<table><tr><td><table><tr><td><a href=\"/\">Home</a></td></tr><tr><td><a href=\"/news\">News"
                + "</a></td></tr></table></td><td><table><tr><td><font size=\"5\"><b>Ferry terminal delayed again</b></font>"
                + "<br><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><table><tr><td><a href=\"/index\">&laquo; Back to the "
                + "index</a></td><td><a href=\"/next\">Next article: Plant sale results &raquo;</a></td></tr></table></td></tr>"
                + "</table></td>" + side + "</tr></table>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void readsAPageLaidOutInATableColumnByColumn() throws Exception {
        Article a = extract("<table><tr><td class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a>"
                + "</li></ul></td><td><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></td></tr></table>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesATableUnderAHeadingOfItsOwnWithMoreAfterIt() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h2>Timetable</h2>" + TABLE + "<h2>Fares</h2><ul><li>Adult single: 4 pounds</li>"
                + "<li>Child single: 2 pounds</li></ul></div></article>");
        assertThat(a.paragraphs()).doesNotContain("Marigold", "Puffin");
    }

    @Test
    void keepsTheTableUnderAHeadingOfItsOwnThatTheStoryEndsOn() throws Exception {
        Article a = extract("<article><h1>Ferry crossings this year</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h2>Crossings by boat</h2>" + TABLE + "</div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P3, "Crossings by boat", "Boat Crossings", "Marigold 412", "Puffin 388");
    }

    @Test
    void keepsTheResultsListedAfterTheStory() throws Exception {
        Article a = extract("<article><h1>Regatta results</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>Marigold 1:02:14</p><p>Puffin 1:03:40</p><p>Kittiwake 1:05:02</p></div></article>");
        assertThat(a.paragraphs()).endsWith(P3, "Marigold 1:02:14", "Puffin 1:03:40", "Kittiwake 1:05:02");
    }

    @Test
    void leavesTwoShortLinesWithFiguresAfterTheStory() throws Exception {
        Article a = extract("<article><h1>Regatta results</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>Page 1 of 2</p><p>12 shares</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheShortSentenceThatEndsTheStoryBeforeABoxOfLinks() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>We will wait.</p></div><div class=\"more\"><h5><a href=\"/news/pier\">Pier reopens</a>"
                + "</h5><p>" + P2.replace("Officials", "Engineers") + "</p></div></article>");
        assertThat(a.paragraphs()).contains("We will wait.");
    }
}

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

    static final String Q1 = "The county council agreed on Wednesday to close two of its five libraries next year, saving a "
            + "little under half a million pounds, after a debate that ran past midnight.";
    static final String Q2 = "Campaigners who had collected eleven thousand signatures said they would ask a court to review "
            + "the decision, which they called rushed and unlawful.";
    static final String Q3 = "The council's leader said the remaining branches would open for longer and that a mobile library "
            + "would visit the villages that lose theirs every week.";

    @Test
    void stopsWhereTheNextStoryOfAnEndlessPageBegins() throws Exception {
        String first = "<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></article>";
        String next = "<article><h1>Two libraries to close</h1><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3 + "</p></article>";
        Article a = extract("<div class=\"stories\">" + first + next + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void stopsWhereTheNextStoryBeginsInAnElementOfAnotherKindWithItsOwnHeadlineAndDate() throws Exception {
        String first = "<article class=\"q1\"><header><h1>Ferry terminal delayed again</h1><time datetime=\"2031-03-04\">"
                + "4 March 2031</time></header><div class=\"q3\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4
                + "</p></div></article>";
        String next = "<div class=\"q4\"><div class=\"q5\">Next article</div><header><h1>Two libraries to close</h1>"
                + "<time datetime=\"2031-03-04\">4 March 2031</time></header><div class=\"q3\"><p>" + Q1 + "</p><p>" + Q2
                + "</p><p>" + Q3 + "</p></div></div>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void stopsWhereTheNextStoryBeginsWhenEachHeadlineSitsInAHeader() throws Exception {
        String first = "<article><header><h1>Ferry terminal delayed again</h1></header><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></article>";
        String next = "<article><header><h1>Two libraries to close</h1></header><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3
                + "</p><p>" + P4 + "</p></article>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsWhereTheNextStoryBeginsInTheMarkupOfTheFirstThoughItsHeadlineSharesAWord() throws Exception {
        String first = "<div class=\"story\"><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></div>";
        String next = "<div class=\"story\"><h2>Ferry fares to rise in spring</h2><div class=\"text\"><p>" + Q1 + "</p><p>" + Q2
                + "</p><p>" + Q3 + "</p><p>" + P4 + "</p></div></div>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsWhereTheNextDatedStoryBeginsOnAPageWithoutArticleMarkup() throws Exception {
        String first = "<div class=\"post\"><div class=\"head\"><h1>Ferry terminal delayed again</h1><span>December 21, 2023"
                + "</span></div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
        String next = "<div class=\"post\"><div class=\"head\"><h1>Two libraries to close</h1><span>December 20, 2023</span>"
                + "</div><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3 + "</p><p>" + P4 + "</p></div>";
        Article a = extract("<main><div class=\"feed\">" + first + next + "</div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsWhereTheNextDatedArticleBeginsUnderAnH2InAPageThatNamesItselfAPost() throws Exception {
        String first = "<article class=\"single\"><header><h1>Ferry terminal delayed again</h1><p>Published <span>December 21, "
                + "2023</span></p></header><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></article>";
        String next = "<article class=\"single single--next\"><header><h2><a href=\"/libraries\">Two libraries to close</a></h2>"
                + "<p>Published <span>December 20, 2023</span></p></header><div class=\"entry-content\"><p>" + Q1 + "</p><p>" + Q2
                + "</p><p>" + Q3 + "</p></div></article>";
        Article a = extract("<body class=\"single-post\"><main><div class=\"wrapper\">" + first + "<div>Next story</div>" + next
                + "</div></main></body>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsALongReadWhoseUndatedSectionsEachOpenOnAHeadline() throws Exception {
        String first = "<div class=\"section\"><h1>Ferry terminal delayed again</h1><span>December 21, 2023</span><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
        String next = "<div class=\"section\"><h1>What the libraries lose</h1><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3
                + "</p></div>";
        Article a = extract("<main><div class=\"story\">" + first + next + "</div></main>");
        assertThat(a.paragraphs()).contains(P1, P3, Q1, Q3);
    }

    @Test
    void keepsTheSectionsOfAListArticleWhoseHeadingsNameWhatTheHeadlineNames() throws Exception {
        Article a = extract("<main><div class=\"story\"><div class=\"part\"><h1>Three ways to walk the harbour</h1><p>" + P1
                + "</p></div><div class=\"part\"><h2>The harbour wall at low tide</h2><p>" + P2 + "</p></div><div class=\"part\">"
                + "<h2>The harbour ferry and back</h2><p>" + P3 + "</p></div></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3);
    }

    @Test
    void stopsWhereTheNextStoryBeginsInTheMarkupOfTheFirst() throws Exception {
        String first = "<div class=\"story\"><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></div>";
        String next = "<div class=\"story\"><h2>Two libraries to close</h2><div class=\"text\"><p>" + Q1 + "</p><p>" + Q2
                + "</p><p>" + Q3 + "</p><p>" + P4 + "</p></div></div>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheOneReflectionAskedForAmongTheSitesOthers() throws Exception {
        Article a = extract("<main><div class=\"reflections\"><div class=\"reflection\"><h1>Low water</h1>"
                + "<p>The tide goes out twice a day and takes nothing it does not bring back.</p><p>Perhaps that is patience.</p></div>"
                + "<div class=\"reflection\"><h2>The gulls</h2><p>They are loud, and they steal, and I have never seen one give up.</p>"
                + "<p>There is something to learn there too.</p></div><div class=\"reflection\"><h2>Fog</h2>"
                + "<p>On the quay this morning you could not see the boats, only hear them.</p><p>Some days are like that.</p></div>"
                + "</div></main>");
        assertThat(a.paragraphs()).containsExactly("The tide goes out twice a day and takes nothing it does not bring back.",
                "Perhaps that is patience.");
    }

    @Test
    void keepsTheItemsOfAListArticleWhoseFirstItemHoldsTheHeadline() throws Exception {
        Article a = extract("<main><article class=\"post\"><div class=\"slide\"><h1>Three harbour walks</h1><p>" + P1
                + "</p></div><div class=\"slide\"><h2>The north wall</h2><p>" + P2 + "</p></div><div class=\"slide\">"
                + "<h2>The old pier</h2><p>" + P3 + "</p></div></article></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "The north wall", P2, "The old pier", P3);
    }

    @Test
    void keepsTheSectionsOfAStoryPrintedAsBlocksOfOneClass() throws Exception {
        Article a = extract("<main><div class=\"block text\"><h1>Ferry terminal delayed again</h1><h2>Storms damaged the pier "
                + "twice</h2><p>" + P1 + "</p></div><div class=\"block text\"><h3>The steel</h3><p>" + P2 + "</p></div>"
                + "<div class=\"block text\"><h3>The residents</h3><p>" + P3 + "</p></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "The steel", P2, "The residents", P3);
    }

    @Test
    void keepsTheStoryAfterABlockThatOnlyHoldsTheHeadlineAndFacts() throws Exception {
        Article a = extract("<main><div class=\"wrap\"><h1>Ferry terminal delayed again</h1><div>Opening: March 2025</div>"
                + "<div>Cost: twelve million pounds, the authority says</div></div><div class=\"wrap\"><h2>Two years late</h2><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></main>");
        assertThat(a.paragraphs()).contains(P1, P2, P3);
    }

    @Test
    void keepsTheSectionsOfALongReadEachAfterADivider() throws Exception {
        String section = "<section class=\"section\"><div class=\"section-divider\"><hr></div><div class=\"section-content\">"
                + "<h3>%s</h3><p>%s</p><p>%s</p></div></section>";
        Article a = extract("<main><section class=\"section\"><div class=\"section-content\"><h1>Ferry terminal delayed again"
                + "</h1><p>" + P1 + "</p></div></section>" + String.format(section, "The steel", P2, P3)
                + String.format(section, "The council", Q1, Q2) + "</main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "The steel", P2, P3, "The council", Q1, Q2);
    }

    @Test
    void stopsAtASecondStoryUnderALabelOverItsOwnHeadline() throws Exception {
        Article a = extract("<main><div class=\"article-body\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><hr><h2>Also in the news</h2><h3>Two libraries to close</h3><p>" + Q1 + "</p><p>" + Q2
                + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void goesOnPastARelatedLabelWhoseLinksWereTakenToTheStorysNextSection() throws Exception {
        Article a = extract("<main><div class=\"article-body\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h3>Related stories</h3><ul><li><a href=\"/a\">Pier repairs</a></li><li><a href=\"/b\">"
                + "Steel prices</a></li></ul><h3>What the operator says</h3><p>" + P4 + "</p></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, "What the operator says", P4);
    }

    @Test
    void goesOnPastARelatedBoxInAStoryPrintedOneParagraphToAnElement() throws Exception {
        String dates = "<div class=\"q2\"><div class=\"q3\">Published: 6:31 PM March 24, 2026</div><div class=\"q4\">Updated: "
                + "8:02 PM March 24, 2026</div></div>";
        var story = new StringBuilder();
        for (String p : List.of(P1, P2, P3)) {
            story.append("<div class=\"q6\"><p>").append(p).append("</p></div>");
        }
        String related = "<div class=\"q7\"><h4>Related Articles</h4><ul><li><a href=\"/a\">Pier repairs start in May</a></li>"
                + "<li><a href=\"/b\">Steel prices climb again</a></li><li><a href=\"/c\">Ferry fares to rise</a></li></ul></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1>" + dates + "<div class=\"q5\">" + story
                + related + "<div class=\"q6\"><p>" + P4 + "</p></div><div class=\"q6\"><p>" + Q3 + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4, Q3);
    }

    @Test
    void goesOnPastARelatedLabelAndASubheadingAfterTheStorysListInAStoryPrintedOneBlockToAnElement() throws Exception {
        String text = "<div class=\"col text\"><p>%s</p></div>";
        String list = "<div class=\"col text\"><ul class=\"list\"><li>The pier, where a crane fell onto two parked cars.</li>"
                + "<li>The quay, flooded around the ticket office.</li><li>The old school, whose roof was torn off.</li>"
                + "<li>Station Road, where power lines came down.</li></ul></div>";
        String related = text.formatted("<strong>RELATED STORIES:</strong>") + "<div class=\"col text\"><ul class=\"list\"><li><a href="
                + "\"/a\">Pier repairs start in May</a></li><li><a href=\"/b\">Steel prices climb again</a></li></ul></div>";
        Article a = extract("<div class=\"story\"><h1>Ferry terminal delayed again</h1>" + text.formatted(P1) + text.formatted(P2)
                + list + related + "<div class=\"col heading\"><h2>Power and traffic</h2></div>" + text.formatted(P3)
                + text.formatted(P4) + "</div>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, "Power and traffic", P3, P4);
        assertThat(a.paragraphs()).doesNotContain("Pier repairs start in May");
    }

    @Test
    void goesOnPastARelatedBoxToASectionSetInAPartOfTheStoryAsTheSectionsAbove() throws Exception {
        String part = "<div class=\"mainDiv\">%s</div>";
        String related = "<div class=\"mod rel\"><p>Noticias relacionadas</p><ul><li><a href=\"/a\">Pier repairs start in May"
                + "</a></li><li><a href=\"/b\">Steel prices climb again</a></li></ul></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\">"
                + part.formatted("<p>" + P1 + "</p><p>" + P2 + "</p>")
                + part.formatted("<h2>What the operator says</h2><p>" + P3 + "</p>") + related
                + part.formatted("<h2>What happens next</h2><p>" + P4 + "</p><p>" + Q3 + "</p>") + "</div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "What the operator says", P3, "What happens next", P4, Q3);
    }

    @Test
    void leavesOutAudioBoxesWhoseMarkupHoldsNoPlayer() throws Exception {
        String rtve = "<div class=\"mod AudioEmbed\"><div class=\"box\"><span>Audio</span><p class=\"title\">Morning news - "
                + "The harbour board approves the new ferry terminal after a long night</p><span>Morning news with Ann Lee</span>"
                + "<button>Reproducir</button><span>03:12</span><a href=\"/programme\">Go to the programme</a></div></div>";
        String dr = "<div class=\"q9\"><span>Hør også</span><span>P4 Midt</span><span>Morgen: the ferry that never came</span>"
                + "<button aria-label=\"Afspil\">Afspil</button><span>9 min.</span></div>";
        String vrt = "<vrt-mediaplayer><span slot=\"label\">Beluister</span><span slot=\"title\">The report on Radio 1:</span>"
                + "<span slot=\"duration\">3:27</span></vrt-mediaplayer>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + rtve + "<p>" + P3 + "</p>" + dr + "<p>" + P4 + "</p>" + vrt + "<p>" + Q3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4, Q3);
    }

    @Test
    void keepsATimelineEntryThatPlaysAClip() throws Exception {
        String entry = "<div class=\"entry\"><h3>January 2016</h3><p>" + P2 + "</p><div class=\"audio-player\"><button>Play"
                + "</button><span>Listen: the ruling</span><span>3:42</span></div></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p>" + entry
                + "<p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "January 2016", P2, P3, P4);
    }

    @Test
    void unfoldsTheRestOfAStoryBesideTheWrapperOfItsButton() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><div class=\"read-more-wrapper\"><button>Story continues</button></div><div class=\"read-more\" hidden><p>"
                + P3 + "</p><p>" + P4 + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheLastItemOfAListThatALinkedRecommendationFollows() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>Frost is "
                + "likely in these towns:</p><ul><li>Elling</li><li>Marrow</li><li>Kesby</li></ul><p><strong>We recommend:</strong> "
                + "<a href=\"/pets\">How to keep your pets warm when the frost comes to the coast this winter</a></p><p>" + P2
                + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "Elling", "Marrow", "Kesby", P2, P3);
    }

    @Test
    void endsAtAJournalsRapidResponses() throws Exception {
        String letter = "As a GP on the coast I welcome any recognition that this work takes time, but the sums offered will "
                + "not cover a single extra session a week, and practices that already run these reviews will gain nothing.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"q1\"><h2>Rapid responses</h2><div class=\"q2\"><p>" + letter + "</p><p>"
                + letter + "</p><p>" + letter + "</p><p>" + letter + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void goesOnPastASportsbooksBoxOfOddsAndLeavesItOut() throws Exception {
        String odds = "<div class=\"q7\"><div class=\"q8\">Harbour Cup odds</div><ul><li>Elling Rovers 4/6</li>"
                + "<li>Port Wanderers 2/1</li><li>Quay Athletic 8/1</li></ul><div class=\"q9\">18+ | BeGambleAware.org | Odds "
                + "correct at time of publishing</div></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q5\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + odds + "<p>" + P3 + "</p><p>" + P4 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsThePartOfAStoryInASectionNamedForTheAdsItHolds() throws Exception {
        String part = "<section class=\"o-section%s\"><div class=\"article-copy\"><p>%s</p><p>%s</p></div></section>";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1>" + String.format(part, " o-section--has-ads", P1, P2)
                + String.format(part, "", P3, P4) + String.format(part, "", Q1, Q2) + "</main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, P4);
    }

    @Test
    void stopsAtTheCommentsUnderTheirCountInTheStorysContainer() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p><h3>2 Comments</h3><div class=\"c\"><p><strong>Margaret</strong> says:</p><p>About time they told us the "
                + "truth about the pier; we have waited two years for that terminal.</p></div><div class=\"c\"><p><strong>Dev</strong>"
                + " says:</p><p>Another year of the old boat, then. At least it still floats, which is more than the pier does.</p>"
                + "</div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void goesOnPastASubheadingThatCountsTheStorysOwnThoughts() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p><h3>3 thoughts on the delay</h3><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P3, "3 thoughts on the delay", P4);
    }

    @Test
    void stopsAtASecondStoryWithABylineOfItsOwnInTheFirstOnesContainer() throws Exception {
        Article a = extract("<main><div class=\"article-body\"><h1>Ferry terminal delayed again</h1><p class=\"byline\">By Sam Ortiz"
                + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h2>Two libraries to close</h2><p class=\"byline\">By Nia "
                + "Hughes</p><p>" + Q1 + "</p><p>" + Q2 + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsEveryItemOfARoundupOfBooksEachWithItsAuthor() throws Exception {
        String item = "<h3>%s</h3><p>By %s</p><p>%s</p>";
        Article a = extract("<main><div class=\"article-body\"><h1>Three books for the winter</h1><p>" + P1 + "</p>"
                + String.format(item, "The Tide Clock", "Ann Lee", P2) + String.format(item, "Salt Roads", "Tom Hale", P3)
                + String.format(item, "Harbour Lights", "Nia Hughes", P4) + "</div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "The Tide Clock", P2, "Salt Roads", P3, "Harbour Lights", P4);
    }

    @Test
    void goesOnPastASubheadingOverASentenceThatOpensWithBy() throws Exception {
        Article a = extract("<main><div class=\"article-body\"><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h2>The old boat</h2><p>By now the old boat is forty years old.</p><p>" + P4 + "</p></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P3, "The old boat", "By now the old boat is forty years old.", P4);
    }

    @Test
    void leavesOutTheChoicesOfAPollBetweenParagraphs() throws Exception {
        String poll = "<div class=\"embed\"><ul><li><label><input type=\"radio\" name=\"q\"> Yes, open it now</label></li><li><label>"
                + "<input type=\"radio\" name=\"q\"> No, wait for the repairs</label></li></ul></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p>" + poll + "<p>" + P2
                + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsAtTeasersFromAroundTheWebAfterTheStory() throws Exception {
        String rec = "<div class=\"rec\"><a href=\"https://partner.example.net/%s\"><span>%s</span></a><p>%s</p></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></div><div class=\"recs\"><h3>From around the web</h3>" + String.format(rec, "a", "Libraries", Q1)
                + String.format(rec, "b", "Petition", Q2) + "</div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsAtTheLettersToTheEditorAfterTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\">" + P1 + "<br><br>" + P2 + "<br><br>"
                + P3 + "</div><div class=\"box\"><h3>Letters to the editor</h3><div class=\"letter\"><b>Re: the ferry</b><br>" + Q1
                + "</div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void stopsAtSimilarPostsWithTheirExcerptsAfterTheStory() throws Exception {
        String post = "<div class=\"entry\"><h3><a href=\"/%s\">%s</a></h3><p>%s</p></div>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h2>Similar Posts</h2>" + String.format(post, "a", "Libraries to close", Q1)
                + String.format(post, "b", "A petition", Q2) + "</div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutABoxUnderAHeadingThatOutranksTheStorysSections() throws Exception {
        Article a = extract("<div id=\"content\"><h1>Thoughts for the week</h1><h3>Monday</h3><p>" + P1 + "</p><h3>Tuesday</h3><p>" + P2
                + "</p><h3>Wednesday</h3><p>" + P3 + "</p><div class=\"quotes\"><h2>Quotes we love</h2><p>\u201cThe best way out is "
                + "always through.\u201d \u2014 Robert Frost</p><p>\u201cWhat we think, we become.\u201d \u2014 Buddha</p></div></div>");
        assertThat(a.paragraphs()).containsExactly("Monday", P1, "Tuesday", P2, "Wednesday", P3);
    }

    @Test
    void keepsTheSecondGroupOfAListArticleUnderAHeadingOfItsOwn() throws Exception {
        String item = "<div class=\"item\"><h3>%s</h3><p>%s</p></div>";
        Article a = extract("<article><h1>The best gear for the harbour</h1><div class=\"body\"><div class=\"items\">"
                + String.format(item, "Tide clock", P1) + String.format(item, "Deck boots", P2) + String.format(item, "Oilskin", P3)
                + "</div><div class=\"group\"><h2>Binoculars</h2>" + String.format(item, "Harbour 8x42", P4) + "</div></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, "Binoculars", "Harbour 8x42", P4);
    }

    @Test
    void goesOnPastTheStorysOwnSectionAfterSubheadingsInBoxesOfProducts() throws Exception {
        String item = "<div class=\"chart-item\"><h3>%s</h3><p>%s</p></div>";
        Article a = extract("<article><h1>The best ferries of the year</h1><div class=\"body\">" + String.format(item, "Marigold", P1)
                + String.format(item, "Puffin", P2) + "<h2>How we chose</h2><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, "How we chose", P3);
    }

    @Test
    void keepsEveryItemOfAListArticle() throws Exception {
        String item = "<article class=\"list-item\"><h2>%s</h2><p>%s</p><p>%s</p><p>%s</p></article>";
        Article a = extract("<main><h1>Three stories of the week</h1><div class=\"items\">"
                + String.format(item, "The ferry", P1, P2, P3) + String.format(item, "The libraries", Q1, Q2, Q3) + "</div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, Q1, Q2, Q3);
    }

    private static final String[][] WALKS = {
        {"The north wall", "Start at the lifeboat station and follow the wall out to the old light, where the sand bars show at low tide."},
        {"The fish market", "The boats land their catch before dawn, and the market opens to the public at seven, when the best is still on ice."},
        {"The oyster stalls", "The oyster beds reopened this year, and two stalls on the north quay sell them by the half dozen with bread."},
        {"The island ferry", "A winter sailing now runs on Saturdays; the crossing takes forty minutes and the pier cafe is open all year."}};

    private static String walkItem(String[] item, String heading) {
        return "<div class=\"item\">" + heading + "<figure><img src=\"/i.jpg\"><figcaption>Photo: Harbour Board</figcaption>"
                + "</figure><div class=\"item-text\"><p>" + item[1] + "</p></div><p><a href=\"https://shop.example.com/x\">Book now</a>"
                + "</p></div><div class=\"shop\"><p><a href=\"https://shop.example.com/a\">Waterproof jacket</a> <a href=\"https://"
                + "shop.example.com/b\">Walking boots</a> <a href=\"https://shop.example.com/c\">Tide table for the year</a></p></div>";
    }

    @Test
    void keepsTheLastItemOfAListArticleWhoseItemsSitInWrappersOfTheirOwn() throws Exception {
        var page = new StringBuilder("<article><h1>Four harbour walks</h1><div class=\"intro\"><p>" + P1 + "</p></div>");
        for (String[] item : WALKS) {
            page.append(walkItem(item, "<h2>" + item[0] + "</h2>"));
        }
        Article a = extract(page.append("</article>").toString());
        assertThat(a.paragraphs()).endsWith("The island ferry", WALKS[3][1]);
    }

    @Test
    void leavesOutACardWhoseTextIsWrittenAsTheItemsAreUnderALinkedHeading() throws Exception {
        var page = new StringBuilder("<article><h1>Four harbour walks</h1><div class=\"intro\"><p>" + P1 + "</p></div>");
        for (int i = 0; i < 3; i++) {
            page.append(walkItem(WALKS[i], "<h2>" + WALKS[i][0] + "</h2>"));
        }
        page.append(walkItem(WALKS[3], "<h2><a href=\"/news/ferry\">Winter ferry to the islands will keep running</a></h2>"));
        Article a = extract(page.append("</article>").toString());
        assertThat(a.paragraphs()).contains(WALKS[2][1]).doesNotContain(WALKS[3][1]);
    }

    @Test
    void keepsTheSecondPartOfAStoryInATwinContainerAfterAHeavyBoxOfLinks() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story-text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + links(8) + "<div class=\"story-text\"><p>" + P4 + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheSecondPartOfAStoryInATwinContainerThatAThemeWrapsInARow() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story-text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + links(8) + "<div class=\"row\"><div class=\"story-text\"><p>" + P4
                + "</p></div></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void leavesATwinContainerUnderAHeadlineOfItsOwn() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story-text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + links(8) + "<h2>Two libraries to close</h2><div class=\"story-text\"><p>" + Q1
                + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    private static String longCards() {
        return "<section class=\"more\"><h2>More opinion</h2><div class=\"card\"><a href=\"/opinion/libraries\"><h3>Two "
                + "libraries are two too many to close</h3></a><p>" + Q1 + " " + Q2 + "</p></div><div class=\"card\"><a href=\""
                + "/opinion/buses\"><h3>The night buses earn their keep</h3></a><p>" + Q3 + " " + Q2 + "</p></div></section>";
    }

    @Test
    void leavesOutLongTeaserCardsAfterTheArticleThatCarriesTheHeadline() throws Exception {
        Article a = extract("<main><article><h1>The terminal can wait no longer</h1><div class=\"column\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></div></article>" + longCards() + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheStoryThatGoesOnAfterTheArticleThatCarriesTheHeadline() throws Exception {
        Article a = extract("<main><article><h1>The terminal can wait no longer</h1><div class=\"column\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></div></article><div class=\"rest\"><p>" + P4 + "</p></div>" + longCards()
                + "</main>");
        assertThat(a.paragraphs()).contains(P1, P2, P3, P4);
    }

    @Test
    void stopsWhereTheNextPostBeginsInAnArticleOfTheSameClass() throws Exception {
        String first = "<article class=\"post\"><header><h1>Ferry terminal delayed again</h1></header><div class=\"entry\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>";
        String next = "<article class=\"post\"><header><h2><a href=\"/libraries\">Two libraries to close</a></h2></header>"
                + "<div class=\"entry\"><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3 + "</p><p>" + P4 + "</p></div></article>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheDescriptionUnderAProductsNameThatLinksToTheShop() throws Exception {
        String box = "<div class=\"product\"><h3><a href=\"https://shop.example.com/p/1\">Tide clock for the kitchen</a></h3>"
                + "<p>Shows high and low water at a glance; ours has kept good time for a year.</p><p><a href=\"https://shop.example"
                + ".com/p/1\">$34 at Harbourware</a></p></div>";
        Article a = extract("<article><h1>Gifts for the harbour</h1><div class=\"text\"><p>" + P1 + "</p>" + box + "<p>" + P2
                + "</p></div></article>");
        assertThat(a.paragraphs()).contains("Shows high and low water at a glance; ours has kept good time for a year.");
    }

    @Test
    void leavesOutTheExcerptsOfTheSitesOtherPiecesAfterAShortOne() throws Exception {
        String reflection = "<p>The tide goes out twice a day and takes nothing it does not bring back.</p><p>Perhaps that is "
                + "patience: knowing the water will return.</p><p>I sat on the wall and waited, and it came.</p>";
        var excerpts = new StringBuilder();
        for (String q : new String[] {Q1, Q2, Q3}) {
            excerpts.append("<div class=\"excerpt-card\"><p>").append(q).append("</p><a href=\"/reflections/").append(q.length())
                    .append("\">Read more</a></div>");
        }
        Article a = extract("<main><h1>Low water</h1><div class=\"reflection\">" + reflection + "</div><h3>More reflections</h3>"
                + excerpts + "</main>");
        assertThat(a.paragraphs()).doesNotContain(Q1, Q2, Q3).hasSize(3);
    }

    @Test
    void keepsAStoryWhoseParagraphsAThemeWrapsEachInAnElementWithALink() throws Exception {
        var story = new StringBuilder("<article><h1>Ferry terminal delayed again</h1>");
        for (String p : new String[] {P1, P2, P3}) {
            story.append("<div class=\"paragraph\"><p>").append(p).append(" <a href=\"/ferry\">More here</a></p></div>");
        }
        Article a = extract(story.append("</article>").toString());
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void keepsTheHiddenSlidesOfAListArticleToldAsASlideshow() throws Exception {
        var page = new StringBuilder("<article><h1>Four harbour walks</h1><div class=\"slideshow\">");
        for (int i = 0; i < WALKS.length; i++) {
            page.append("<div class=\"slide").append(i == 0 ? " slide--on\"" : "\" style=\"display: none\"").append("><h2>")
                    .append(WALKS[i][0]).append("</h2><p>").append(WALKS[i][1]).append("</p></div>");
        }
        Article a = extract(page.append("</div></article>").toString());
        assertThat(a.paragraphs()).containsSubsequence(WALKS[0][1], WALKS[1][1], WALKS[2][1], WALKS[3][1]);
    }

    @Test
    void leavesOutTheHiddenMessageOfASignUpForm() throws Exception {
        String thanks = "Thank you for subscribing to our newsletter. Look out for the round-up in your inbox every Friday.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"signup\"><div class=\"state\"><p>Get the Gazette's weekly round-up of "
                + "harbour news.</p></div><div class=\"state\" style=\"display:none\"><p>" + thanks + "</p></div></div></article>");
        assertThat(a.paragraphs()).doesNotContain(thanks);
    }

    @Test
    void readsTheItemsOfAGalleryListArticleFromItsCaptions() throws Exception {
        var page = new StringBuilder("<article><h1>Four harbour walks</h1><p>Four walks for a winter weekend.</p>");
        for (String[] walk : WALKS) {
            page.append("<figure><img src=\"/w.jpg\"><figcaption><strong>").append(walk[0]).append("</strong> ").append(walk[1])
                    .append("</figcaption></figure>");
        }
        Article a = extract(page.append("</article>").toString());
        assertThat(a.paragraphs()).hasSize(5).last().asString().endsWith(WALKS[3][1]);
    }

    @Test
    void leavesTheCaptionsOfAStoryThatTellsMoreThanThem() throws Exception {
        String caption = "The new terminal under construction at Port Elling, where storms damaged the pier twice last winter.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><figure><img src=\"/a.jpg\"><figcaption>"
                + caption + "</figcaption></figure><p>" + P2 + "</p><figure><img src=\"/b.jpg\"><figcaption>" + caption
                + " Seen from the quay.</figcaption></figure><p>" + P3 + "</p><figure><img src=\"/c.jpg\"><figcaption>" + caption
                + " Seen from the water.</figcaption></figure><p>" + P4 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheSecondPartOfAStoryInAPlainElementAfterAVideoAndABoxOfLinks() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"media\"><iframe src=\"https://video.example.com/1\"></iframe><h4>Watch:"
                + " the pier after the storm</h4></div>" + links(8) + "<div><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void leavesAStoryUnderAHeadlineOfItsOwnAfterABoxOfLinks() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"entry\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + links(8) + "<div><h2>Two libraries to close</h2><p>" + Q1 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsStoryAfterABoxOfLinksInItsMiddle() throws Exception {
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + links(8) + "<p>" + P3 + "</p><p>" + P4 + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheListThatTheLastParagraphAnnounces() throws Exception {
        String list = "<ul><li>Best crossing - Port Elling to Skerry</li><li>Best crew - the Marigold</li>"
                + "<li>Best cafe on board - the Puffin</li></ul>";
        Article a = extract("<article><h1>Ferry awards handed out</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>The full list of winners is below:</p>" + list + "</article><aside><ul><li>Contact us</li>"
                + "<li>Careers</li></ul></aside>");
        assertThat(a.paragraphs()).endsWith("The full list of winners is below:", "Best crossing - Port Elling to Skerry",
                "Best crew - the Marigold", "Best cafe on board - the Puffin");
    }

    @Test
    void leavesAListAfterTheStoryWhenNothingAnnouncesIt() throws Exception {
        String list = "<ul><li>Ferry timetables</li><li>Harbour webcams</li><li>Mooring fees</li></ul>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p>" + list + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheShortItemsOfAListTheStoryEndsIn() throws Exception {
        Article a = extract("<article><h1>Harbour meeting agenda</h1><p>" + P1 + "</p><p>" + P2 + "</p><ol><li>" + P3
                + "</li><li>" + P4 + "</li><li>Questions from the floor</li><li>Closing remarks</li></ol></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4, "Questions from the floor", "Closing remarks");
    }

    @Test
    void carriesTheStoryBackPastABoxWhenOneLongBlockFollowsIt() throws Exception {
        String series = "This report is part of Coastlines, a year-long series on the towns of the northern shore, their "
                + "harbours, their ferries and the people who depend on them, published every other Saturday with "
                + "photographs, maps and interviews gathered along the coast from the river mouth to the islands, and "
                + "with the letters readers send us about the crossings they remember, the boats they worked on and the "
                + "harbours they would like us to visit next.";
        Article a = extract("<main><h1>Ferry terminal delayed again</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + links(12) + "<p>" + P3 + "</p><p>" + P4 + "</p><div class=\"series\"><p>" + series
                + "</p></div></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, P4);
    }

    @Test
    void dropsAnEmbeddedPostWhoseNetworkClassesAreGone() throws Exception {
        String post = "<blockquote><p>Two ferries cancelled in one week. The authority has known about the pier for years.</p>"
                + "&mdash; Harbour Watch (@harbourwatch) <a href=\"https://social.example.com/1\">November 3, 2023</a></blockquote>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + post + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAnEmbeddedPhotoPostWithItsCaption() throws Exception {
        String post = "<blockquote><div><p>Three summers of brown water from the tap, and the pipes are finally being fixed.</p>"
                + "<p>A post shared by Northside Residents (@northside_res) on Nov 18, 2019 at 2:00am PST</p></div></blockquote>";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + post + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAQuotationSetAsABlockquote() throws Exception {
        String quote = "\u201cWe have waited ten years for this crossing, and we will wait for it to open before we believe it,\u201d"
                + " said Ann Reyes, who chairs the residents' association.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<blockquote><p>" + quote + "</p></blockquote><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, quote, P3);
    }

    @Test
    void dropsTheTitleOfAnEmbeddedVideo() throws Exception {
        String clip = "<div class=\"clip\"><h3>Watch: why the pier failed twice</h3><div class=\"frame\">"
                + "<div data-video-id=\"v-1024\"></div></div><span>2:15</span></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p><p>" + P4
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsAPlayersTitleDescriptionAndCreditSetWithoutAHeading() throws Exception {
        String clip = "<div class=\"clip-embed\" data-video-id=\"v-2048\"><div class=\"clip-title\"><div>Riding the harbour "
                + "ferry: a crossing at dawn</div><div>The old ferry carries about 900 people on a weekday. Here is the crossing "
                + "at rush hour.</div></div><button aria-label=\"Play\"></button><p class=\"clip-credit\">By Mara Lind | "
                + "Staff</p></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p><p>" + P4
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsAPlayerBoxTheSiteLabelsAVideoPlayer() throws Exception {
        String clip = "<div class=\"em-vp\" aria-label=\"Video Player\"><div class=\"em-vp-w\"><button>Play Video</button>"
                + "</div><div class=\"em-vp-t\">Where to see the harbour lights this winter</div><div class=\"em-vp-c\">The "
                + "lights go on in December. Use this guide to find the best places to stand. <span>2:14</span></div></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p><p>" + P4
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void carriesTheStoryOnPastABoxOfLinksAfterAListLongerThanItsParagraphs() throws Exception {
        String list = "<h2>What we know</h2><ul><li>The signals failed at a control post, not on the overhead line, the "
                + "operator said.</li><li>There is no sign of an attack on the system, according to the harbour authority."
                + "</li><li>Buses ran in place of the ferries for most of the morning, and were full.</li><li>Travellers may "
                + "claim part of their fare back under the delay scheme.</li></ul>";
        String box = "<div class=\"block article related\"><h3>Related articles</h3><ul><li><a href=\"/news/fares\">Ferry fares to rise "
                + "less than expected</a></li></ul></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p>" + list + box
                + "<p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).contains(P3, P4);
    }

    @Test
    void carriesADeclaredBodyOnIntoItsUndeclaredSecondPart() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div class=\"article-body\" itemprop=\"articleBody\"><p>" + P1 + "</p><p>"
                + P2 + "</p><div class=\"player\" data-video-id=\"v-1\"></div><aside class=\"read-more-links\"><ul><li><a "
                + "href=\"/a\">Pier repairs to start in May</a></li></ul></aside></div><div class=\"ad-slot\">Advertisement"
                + "</div><div class=\"article-body\"><p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsTheTitleAndDescriptionInsideTheBoxAScriptTurnsIntoAPlayer() throws Exception {
        String clip = "<div class=\"q4\" data-video-id=\"v-1024\"><div class=\"q5\"><button>Play</button></div>"
                + "<div class=\"q6\">Pier fails for the second time this winter</div><div class=\"q7\">Divers inspect the "
                + "damage under the ferry landing.</div></div>";
        Article a = extract("<div class=\"q1\"><article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></div>" + clip
                + "<div class=\"q1\"><article><p>" + P3 + "</p><p>" + P4 + "</p></article></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsTheLineThatAnnouncesAnEmbeddedVideo() throws Exception {
        String clip = "<p><strong>WATCH | The storm reaches the pier:</strong></p><div><span class=\"yt\"><iframe "
                + "src=\"https://video.example/embed/1\"></iframe></span></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p><p>" + P4
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsAParagraphBesideAnEmbeddedVideo() throws Exception {
        String line = "The board voted on Friday.";
        String clip = "<div class=\"clip\"><p>" + line + "</p><video src=\"/v.mp4\"></video></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, line, P3);
    }

    @Test
    void dropsTheSummaryOnACardTeasingAnotherStory() throws Exception {
        String card = "<div class=\"card\"><span>Related</span><h5><a href=\"/pier\">Pier repairs will cost twice the "
                + "estimate</a></h5><span>The harbour board heard the new figures at its meeting on Thursday.</span></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card + "<p>" + P3
                + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsALongSummaryOnACardTeasingAnotherStory() throws Exception {
        String summary = "The harbour board heard on Thursday that repairs to the north pier will cost twice the estimate it "
                + "approved last spring, after divers found the piles rotten well below the waterline, and that the work will "
                + "keep the pier closed to ferries and fishing boats until the end of next summer at the earliest.";
        String card = "<article class=\"card\"><a href=\"/pier\"><img src=\"/pier.jpg\" alt=\"\"></a><div class=\"card-body\">"
                + "<h3><a href=\"/pier\">Pier repairs will cost twice the estimate</a></h3><p>" + summary + "</p></div></article>";
        Article a = extract("<main><article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p></div></article>"
                + "<section class=\"more\"><h2>From the coast</h2>" + card + card.replace("pier", "quay") + "</section></main>");
        assertThat(summary.length()).isGreaterThan(250);
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    private static String venue(int n, String name, String text) {
        return "<section class=\"border-t py-8\"><div class=\"flex gap-4\"><span class=\"badge\">" + n + "</span><div class=\"min-w-0 "
                + "flex-1\"><h2 class=\"font-serif\">" + name + "</h2><div class=\"prose mt-4\"><p>" + text + "</p></div></div></div>"
                + "</section>";
    }

    @Test
    void carriesAListArticlePastANewsletterBoxBetweenItsItems() throws Exception {
        String tavern = "The tavern on the quay serves fish soup until midnight, and the harbour master drinks there on Fridays.";
        String bakery = "The bakery by the ferry ramp sells out of cardamom buns before the first crossing most mornings.";
        String chippy = "The chip shop under the pier fries in beef dripping and has queues out of the door all summer.";
        String noodles = "The noodle bar at the end of the breakwater makes its noodles by hand each morning before it opens.";
        String box = "<div class=\"my-8 rounded-2xl p-6\"><p>Sign up for our newsletter</p><p>The best new places to eat on the "
                + "coast, every Thursday.</p></div>";
        Article a = extract("<article><h1>Where to eat by the ferry</h1><div class=\"prose prose-lg\"><p>" + P1 + "</p><p>" + P2
                + "</p></div>" + venue(1, "Harbour Lights Tavern", tavern) + venue(2, "Ramp Bakery", bakery) + box
                + venue(3, "Pier Chippy", chippy) + venue(4, "Breakwater Noodles", noodles) + "</article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Harbour Lights Tavern", tavern, "Ramp Bakery", bakery, "Pier Chippy",
                chippy, "Breakwater Noodles", noodles);
    }

    @Test
    void endsAtANewsletterBoxWhenNoItemOfTheStoryFollows() throws Exception {
        String box = "<div class=\"my-8 rounded-2xl p-6\"><p>Sign up for our newsletter</p><p>The best new places to eat on the "
                + "coast, every Thursday.</p></div>";
        Article a = extract("<main><article><h1>Ferry</h1><div class=\"prose\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></article>" + box + "<div class=\"more\"><h2>Two libraries to close</h2><p>" + Q1 + "</p></div></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    private static String component(String kind, String content) {
        return "<div data-component=\"" + kind + "\" class=\"c-" + kind + "\">" + content + "</div>";
    }

    @Test
    void keepsTheListsAndTablesASiteSetsInWrappersOfTheirOwnBetweenTheStorysBlocks() throws Exception {
        String p1 = "The harbour authority said on Tuesday that the new ferry terminal would open in March, two years late.";
        String p2 = "Storms damaged the pier twice last winter, and a shortage of steel kept the crews waiting all spring.";
        String p3 = "The island's ferries will use the old pier until then, whatever the cost of its repairs, it said.";
        String p4 = "A spokesman for the operator said a larger boat would run on the route until the terminal opened.";
        String p5 = "The harbour authority said on Monday that the ferries would run to the winter timetable all year.";
        var results = new StringBuilder("<ul>");
        var rows = new StringBuilder("<table><caption>The top seven</caption><tr><th>Pos</th><th>Team</th><th>Pts</th></tr>");
        var lines = new java.util.ArrayList<String>(List.of(p1, p2, p3, p4, "Sunday's results"));
        for (int i = 1; i <= 6; i++) {
            results.append("<li>Team ").append(i).append(" 2-1 Club ").append(i).append("</li>");
            lines.add("Team " + i + " 2-1 Club " + i);
        }
        lines.add("How the table looks");
        lines.add("Pos Team Pts");
        for (int i = 1; i <= 7; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>Club ").append(i).append("</td><td>").append(30 - i).append("</td></tr>");
            lines.add(i + " Club " + i + " " + (30 - i));
        }
        lines.add(p5);
        String video = component("media-block", "<div><button>Play</button><span>2:31</span></div><figcaption>Highlights: Team 1 "
                + "2-1 Club 1</figcaption>");
        Article a = extract("<article><h1>Ferry derby</h1>" + component("text-block", "<div class=\"rich\"><p>" + p1 + "</p><p>"
                + p2 + "</p></div>") + component("links-block", "<h2>Related topics</h2><ul><li><a href=\"/a\">Ferries</a></li>"
                + "<li><a href=\"/b\">Harbour</a></li></ul>") + component("text-block", "<div class=\"rich\"><p>" + p3 + "</p><p>"
                + p4 + "</p></div>") + video + component("subheadline-block", "<h2>Sunday's results</h2>")
                + component("list-block", results + "</ul>") + component("subheadline-block", "<h2>How the table looks</h2>")
                + component("table-block", rows + "</table>") + component("text-block", "<div class=\"rich\"><p>" + p5 + "</p></div>")
                + "</article>");
        assertThat(a.paragraphs()).containsSubsequence(lines);
    }

    @Test
    void keepsALinkRoundupsItemsThatGoOnAfterTheirSource() throws Exception {
        String lampposts = "A town in the Netherlands has given every one of its 4,812 lampposts a name, chosen by residents. "
                + "There is a Lamppost Gerrit and a Lamppost Madonna.";
        String milestones = "And a good one on why so many old milestones are slightly in the wrong place. Short version: the "
                + "roads moved and the stones did not.";
        String items = "<ul><li><a href=\"https://datadesk.example.com/lampposts\">A town in the Netherlands has given every one "
                + "of its 4,812 lampposts a name</a>, chosen by residents. There is a Lamppost Gerrit and a Lamppost Madonna.</li>"
                + "<li>And a good one on <a href=\"https://longform.example.net/milestones\">why so many old milestones are slightly "
                + "in the wrong place</a>. Short version: the roads moved and the stones did not.</li></ul>";
        Article a = extract("<article><h1>Links of the week</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + items
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, lampposts, milestones, P3);
    }

    @Test
    void keepsTheTextUnderAListItemsLinkedHeading() throws Exception {
        String item = "The tavern on the quay serves fish soup until midnight.";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><h2><a href=\"/tavern\">The Harbour "
                + "Lights Tavern and Grill</a></h2><p>" + item + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).contains(item);
    }

    @Test
    void stopsAtTheLabelOverTheNextStory() throws Exception {
        Article a = extract("<div class=\"feed\"><div class=\"story-wrap\"><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></div><div class=\"story-wrap\"><div>Next story"
                + "</div><h2>Two libraries to close</h2><div class=\"text\"><p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3
                + "</p></div></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void stopsAtTheLabelOverANextStoryDeclaredAsAnArticleBodyOfItsOwn() throws Exception {
        String story = "<div class=\"asset story%s\"><header class=\"asset-header\"><h1>%s</h1><div class=\"byline\">By "
                + "%s</div></header><div class=\"asset-content\" itemprop=\"articleBody\"><div class=\"story-text\">%s</div></div>"
                + "</div>";
        Article a = extract("<main>" + story.formatted("", "Ferry terminal delayed again", "Ann Lee",
                "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>")
                + "<div class=\"next-divider\"><span>Next Up in Local News</span></div>"
                + story.formatted(" story-next", "Two libraries to close", "Tom Hill", "<p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3
                        + "</p>") + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void goesOnPastAnUpNextBoxInsideTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div><span>Up next</span><a href=\"/news/libraries\">Two libraries to close</a></div><p>"
                + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    private static String deal(String product, String price, String shop) {
        return "<li><a href=\"https://shop.example/p\">" + product + "</a> for " + price + " at <a href=\"https://shop.example/\">"
                + shop + "</a></li>";
    }

    @Test
    void keepsTheDealsOfARoundupWhoseProductsAreLinks() throws Exception {
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><ul>"
                + deal("Storm-proof deck jacket", "$89 (was $140)", "Shopmart") + deal("Insulated harbour flask", "$19", "Quaystore")
                + deal("Waterproof crossing bag", "£25", "Shopmart") + "</ul><p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Storm-proof deck jacket for $89 (was $140) at Shopmart",
                "Insulated harbour flask for $19 at Quaystore", "Waterproof crossing bag for £25 at Shopmart", P3);
    }

    private static String linkedDeal(String href, String text) {
        return "<li><a href=\"" + href + "\">" + text + "</a></li>";
    }

    @Test
    void keepsTheDealsOfARoundupWhoseWholeLineLinksToTheShop() throws Exception {
        String deals = "<ul>" + linkedDeal("https://shopmart.example/jacket", "Storm-proof deck jacket, $89 (down from $140)")
                + linkedDeal("https://quaystore.example/flask", "30 per cent off the insulated harbour flask")
                + linkedDeal("https://go.affiliate.example/bag", "Waterproof crossing bag, now £25 at Shopmart") + "</ul>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + deals
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Storm-proof deck jacket, $89 (down from $140)",
                "30 per cent off the insulated harbour flask", "Waterproof crossing bag, now £25 at Shopmart", P3);
    }

    @Test
    void keepsTheDealsLinkedWholeOverTheirDescriptions() throws Exception {
        String jacket = "Storm-proof deck jacket: was $140 now $89 @ Shopmart";
        String flask = "Insulated harbour flask: was $30 now $19 @ Quaystore";
        String why = "It kept the rain out on every crossing this winter, and the hood fits over a hat.";
        String hot = "Coffee stays hot from the first ferry to the last, and the lid does not leak in a bag.";
        String deals = "<h2>Rain gear</h2><p><a href=\"https://go.affiliate.example/1\"><strong>" + jacket + "</strong></a><br>" + why
                + "</p><h2>Flasks</h2><p><a href=\"https://go.affiliate.example/2\"><strong>" + flask + "</strong></a><br>" + hot
                + "</p>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + deals
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "Rain gear", jacket, why, "Flasks", flask, hot, P3);
    }

    @Test
    void leavesOutALinkedHeadlineOfThisSiteOverItsSummary() throws Exception {
        String teaser = "<p><a href=\"/news/ferry-fares\">Ferry fares to rise to $12 from April, board says</a><br>The harbour "
                + "board approved the rise on Thursday.</p>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + teaser
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).doesNotContain("Ferry fares to rise to $12 from April, board says");
    }

    @Test
    void leavesOutLinkedHeadlinesOfThisSiteThatNamePrices() throws Exception {
        String related = "<ul>" + linkedDeal("/news/ferry-fares", "Ferry fares to rise to $12 from April")
                + linkedDeal("https://www.elling-gazette.example/news/pier", "Pier repairs to cost $2m, board told")
                + linkedDeal("/news/parking", "Harbour parking now 20 per cent off for residents") + "</ul>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + related
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutTheShopButtonsUnderProductsThatLinkToTheShop() throws Exception {
        String card = "<div class=\"product\"><h3>Storm-proof deck jacket</h3><p><a href=\"https://shopmart.example/jacket\">"
                + "$140 $89 at Shopmart</a></p><p><a href=\"https://quaystore.example/jacket\">View on Quay Store $92</a></p></div>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card + card
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutTheButtonOnAProductCardThatShowsAPrice() throws Exception {
        String card = "<div class=\"product\"><h3>Storm-proof deck jacket</h3><div class=\"price\">$89 (was $140)</div>"
                + "<a href=\"https://shop.example/p\">Buy it now at Shopmart</a></div>";
        Article a = extract("<article><h1>Ferry deals</h1><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card
                + "<p>" + P3 + "</p></div></article>");
        assertThat(a.paragraphs()).doesNotContain("Buy it now at Shopmart").contains(P1, P2, P3);
    }

    @Test
    void dropsTheTitleAndDescriptionOfAnEmbeddedVideo() throws Exception {
        String clip = "<div class=\"clip\"><div data-video-id=\"v-1024\"></div><h4>Islanders on the delay</h4><p>People on "
                + "Skerry told us what two more years of waiting for the new terminal will mean for them. Video by the news desk.</p></div>";
        Article a = extract("<article><h1>Ferry</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + clip + "<p>" + P3 + "</p><p>" + P4
                + "</p></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsTheTitleAndDescriptionOfAnEmbeddedGallery() throws Exception {
        String gallery = "<div class=\"photo-gallery-box\"><h2>Ten years of the Skerry ferry, in pictures</h2><div>From its first "
                + "crossing to its last refit: the boat that carried the island through a decade.</div>"
                + "<p class=\"credit\">Gallery credit: Jane Roe</p></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + gallery + "<p>" + P3
                + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheSlidesOfAGalleryThatTellTheStory() throws Exception {
        String slide = "<div class=\"gallery-slide\"><h2>%s</h2><p>%s</p></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"gallery\">" + String.format(slide, "The pier", P1)
                + String.format(slide, "The terminal", P2) + String.format(slide, "The boat", P3) + "</div></article>");
        assertThat(a.paragraphs()).contains(P1, P2, P3);
    }

    @Test
    void dropsTheLabelOfABoxWhoseLinksWereTakenFromInsideTheStory() throws Exception {
        String box = "<div class=\"inline-box\"><h3>People are also reading\u2026</h3><ul class=\"list-popular\">"
                + "<li><a href=\"/news/pier\">Pier repairs to cost more than planned, harbour board told</a></li></ul></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + box + "<p>" + P3
                + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsASubheadingThatOnlyOpensWithTheWordsOfALabel() throws Exception {
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p><h3>More on the "
                + "crossing times</h3><p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, "More on the crossing times", P3, P4);
    }

    private static final String SUMMARY = "The harbour board heard the new figures at its meeting on Thursday night.";

    @Test
    void dropsTheSummaryOnACardWithAReadMoreButton() throws Exception {
        String card = "<div class=\"card\"><h5><a href=\"/news/pier\">Pier costs double</a></h5><p>" + SUMMARY
                + "</p><a href=\"/news/pier\">Read more</a></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card + "<p>" + P3
                + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void keepsTheDescriptionOfAProductWhoseButtonLeadsToAShop() throws Exception {
        String card = "<div class=\"product\"><h5><a href=\"https://shop.example/flask\">Harbour flask</a></h5><p>" + SUMMARY
                + "</p><a href=\"https://shop.example/flask\">Buy now</a></div>";
        Article a = extract("<article><h1>Ferry</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + card + "<p>" + P3
                + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).contains(SUMMARY);
    }
    @Test
    void goesOnPastABoxWhoseHeadingOutranksTheItemsWhenTheItemsGoOnAfterIt() throws Exception {
        String item = "<h3>%s</h3><p>%s</p>";
        Article a = extract("<article><h1>Five ferries to ride this winter</h1><div class=\"x7f3a\">" + String.format(item, "Marigold", P1)
                + String.format(item, "Puffin", P2) + String.format(item, "Osprey", P3) + "<div class=\"x91c2\"><h2>Most read stories</h2>"
                + links(5) + "</div>" + String.format(item, "Kittiwake", P4) + "</div></article>");
        assertThat(a.paragraphs()).containsSubsequence("Osprey", P3, "Kittiwake", P4);
    }

    @Test
    void goesOnInTheNextContainerAlikeAfterABoxOfPopularStories() throws Exception {
        Article a = extract("<article><h1>Ferry fares rise</h1><div class=\"x7f3a\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=\"x55e0\"><div>Most popular</div><div>Travel</div><div>Harbour board story about the quay and the"
                + " mooring fees</div><div>Travel</div><div>Pier story about the lights, the rails and the paint</div></div>"
                + "<div class=\"x7f3a\"><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void leavesOutTheTeaserOfABoxThatALabelHeadsInsideTheStory() throws Exception {
        Article a = extract("<article><h1>Ferry fares rise</h1><div class=\"x7f3a\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"x12bb\"><div>Keep reading</div><div><a href=\"/harbours\">The latest on harbours</a>, from ferries "
                + "and quays to fishing fleets and more</div></div><p>" + P3 + "</p><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }
    @Test
    void endsAtTheAuthorsBioWhenTheSiteAppendsAnotherStoryWhole() throws Exception {
        Article a = extract("<div class=\"x1\"><h1>Ferry terminal delayed again</h1><div class=\"x2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div><div class=\"x3\"><div>Ann Lee is a staff writer at the Gazette, where "
                + "she covers transport and the harbour.</div></div><div class=\"x4\"><div>Two libraries to close</div><p>" + Q1
                + "</p><p>" + Q2 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3, P4);
    }
    @Test
    void goesOnPastABoxWhoseHeadingOutranksTheSectionsWhenTheParagraphsGoOnAfterIt() throws Exception {
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"x7f3a\"><h3>The delay</h3><p>" + P1
                + "</p><h3>The cost</h3><p>" + P2 + "</p><p>" + P3 + "</p><div class=\"x91c2\"><h2>Most read business stories</h2>"
                + links(4) + "</div><p>" + P4 + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P3, P4);
    }
    @Test
    void carriesAListOfShortItemsPastABoxOfLinksWhoseClassesNameNothing() throws Exception {
        String[][] items = {{"Paris", "The queues at the big museums are a fraction of their summer length now."},
            {"Lisbon", "The sun still shines most days, and the trams to the castle are quiet."},
            {"Vienna", "The Christmas markets open in the middle of the month, and the cafes are warm."},
            {"Edinburgh", "Short days mean long evenings in the pubs of the Old Town, by open fires."},
            {"Seville", "The orange trees are heavy with fruit, and the heat of summer is long gone."}};
        var page = new StringBuilder("<article><h1>Five cities to visit in November</h1><div class=\"q6\"><p>November is the best "
                + "month for a city break: the crowds are gone, the prices are down and the weather is often kind.</p>");
        for (int n = 0; n < items.length; n++) {
            page.append("<div class=\"q7\"><h2>").append(n + 1).append(". ").append(items[n][0]).append("</h2><p>")
                    .append(items[n][1]).append("</p><p>Book a table in the old town, where a set lunch is still cheap here.</p></div>");
            if (n == 2) {
                page.append(links(8));
            }
        }
        Article a = extract(page.append("</div></article>").toString());
        assertThat(a.paragraphs()).contains(items[3][1], items[4][1]);
    }
    @Test
    void readsTheResultsALoneParagraphIntroducesWhereNoClassNamesTheStory() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Saturday's results in full</h1><div class=\"q2\"><p>A full round of matches on "
                + "Saturday saw the leaders win again and two sides climb out of the bottom three.</p><p>Elling 2-1 Port Rowan</p>"
                + "<p>Harrowby 0-0 Eastmere</p><p>Calder Vale 3-2 Wick</p><p>Northgate 1-4 Lindmoor</p></div></div>");
        assertThat(a.paragraphs()).contains("Harrowby 0-0 Eastmere", "Northgate 1-4 Lindmoor");
    }
    @Test
    void keepsTheNumberedItemsOfAListWhoseFirstItemHoldsTheHeadline() throws Exception {
        Article a = extract("<main><div class=\"q1\"><h1>Harbour walks for the winter</h1><p>" + P1 + "</p></div><div class=\"q1\">"
                + "<h2>2. The north wall</h2><p>" + P2 + "</p></div><div class=\"q1\"><h2>3. The old pier</h2><p>" + P3
                + "</p></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "2. The north wall", P2, "3. The old pier", P3);
    }

    @Test
    void keepsTheItemsUnderAHeadlineThatCountsThem() throws Exception {
        Article a = extract("<main><div class=\"q1\"><h1>3 things to know about the ferry</h1><p>" + P1 + "</p></div>"
                + "<div class=\"q1\"><h2>The new timetable</h2><p>" + P2 + "</p></div><div class=\"q1\"><h2>The fares</h2><p>" + P3
                + "</p></div></main>");
        assertThat(a.paragraphs()).containsSubsequence(P1, "The new timetable", P2, "The fares", P3);
    }

    @Test
    void stopsWhereTheNextStoryBeginsUnderAHeadlineOpeningOnANumber() throws Exception {
        String first = "<div class=\"q1\"><h1>3 hurt as ferry hits the pier</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></div>";
        String next = "<div class=\"q1\"><h2>Two libraries to close</h2><div class=\"q2\"><p>" + Q1 + "</p><p>" + Q2
                + "</p><p>" + Q3 + "</p></div></div>";
        Article a = extract("<main>" + first + next + "</main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void endsAtTheCondolencesUnderARemembrance() throws Exception {
        String memory = "He cut my hair from the time I was five years old until I left for the Army, and he quizzed every "
                + "kid who sat in his chair about their spelling words.";
        Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"q1\"><h3>Memories &amp; Condolences</h3><div class=\"q2\"><p>"
                + memory + "</p><p>" + memory + "</p><p>" + memory + "</p><p>" + memory + "</p></div></div></article>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void carriesAStoryToldInListsUnderSubheadingsPastAListOfLinks() throws Exception {
        String close = "Next week brings the post-migration cleanup, a dentist appointment moved twice and, weather allowing, "
                + "a walk on the headland.";
        var work = new StringBuilder("<ul>");
        for (String item : List.of(P1, P2, P3, P4)) {
            work.append("<li>").append(item).append("</li>");
        }
        Article a = extract("<article><h1>Weeknotes: ferries, fog and a long train</h1><div class=\"post-body\"><p>A busy one, "
                + "and the short version is that the ferry finally ran.</p><h2>Work</h2>" + work + "</ul><h2>Links</h2>"
                + links(3).replace("inline-box", "post-links") + "<h2>Next week</h2><p>" + close + "</p></div></article>");
        assertThat(a.paragraphs()).containsSubsequence(P1, P2, P3, P4, "Next week", close);
    }

    @Test
    void endsAScienceStoryAtItsReferences() throws Exception {
        for (String heading : List.of("References", "Bibliography", "Quellen")) {
            Article a = extract("<article><h1>Ferry terminal delayed again</h1><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                    + "</p><p>" + P3 + "</p></div><section class=\"notes\"><h3>" + heading + "</h3><ol><li>Roe, A. &amp; Lee, S. "
                    + "Harbour Science 12, 33–41 (2031).</li><li>Lee, S. et al. Coastal Engineering 88, 101–119 (2030).</li></ol>"
                    + "</section></article>");
            assertThat(a.paragraphs()).as(heading).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void endsAShortChangelogEntryAtTheMoreUpdatesThatOutweighIt() throws Exception {
        String card = "<article class=\"card\"><time datetime=\"2031-07-02\">2031-07-02</time><h3><a href=\"/changelog/%s\">%s"
                + "</a></h3><p>" + Q1 + " " + Q2 + "</p><span>Read update →</span></article>";
        Article a = extract("<main><article><h1>Ferry timetables in the app</h1><div class=\"prose\"><p>" + P1 + "</p><p>" + P2
                + "</p></div></article><section><h2>More updates</h2>" + card.formatted("a", "Project templates")
                + card.formatted("b", "Huddles from a task") + card.formatted("c", "Workload view") + "</section></main>");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }
}

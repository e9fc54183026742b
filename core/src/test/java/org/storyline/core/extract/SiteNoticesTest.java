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

/** A site's consent box and its appeal for money stay out of the body when their markup names nothing. */
class SiteNoticesTest {

    private static final String CONSENT = "<div class=\"q81\"><h3>Your privacy</h3>"
            + "<p>When you visit our website, we store cookies on your browser to collect information about you and your device.</p>"
            + "<p>Strictly necessary cookies cannot be switched off, as the site needs them to work and to remember your settings.</p>"
            + "<p>Targeting cookies may be set by our advertising partners to build a profile of your interests across sites.</p>"
            + "<p>Performance cookies let us count visits so that we can measure and improve how our pages work.</p>"
            + "<label><input type=\"checkbox\"> Targeting</label><button>Allow all</button><button>Save settings</button></div>";

    private static final String APPEAL = "<div class=\"q82\"><h4>Support the Gazette</h4>"
            + "<p>Help keep our news free for everyone by giving as little as $2. Your contribution goes a long way.</p>"
            + "<p>Support our newsroom by contributing as little as $2 a month, and cancel whenever you like.</p>"
            + "<a href=\"/give\">Contribute</a></div>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String body) throws ExtractionException {
        return extractor.extract(new RawDocument("id1", "test.html", DocumentFormat.HTML, page("", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
    }

    @Test
    void leavesOutAConsentBoxWhoseClassesNameNothing() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>" + P2
                + "</p></div></div>" + CONSENT);
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void leavesOutABlogWidgetsConsentNoticeThatSaysHowToControlCookies() throws Exception {
        String p1 = "Heute war ich am Hafen, und die neue Fähre lag schon an der Mole.";
        String p2 = "Ob sie im März fährt, glaube ich erst, wenn ich drauf stehe.";
        for (String notice : List.of("Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin "
                + "nutzt, stimmst du der Verwendung von Cookies zu.<br>Weitere Informationen, beispielsweise zur Kontrolle von "
                + "Cookies, findest du hier: <a href=\"/cookies\">Cookie-Richtlinie</a>", "Privacy &amp; Cookies: This site uses "
                + "cookies. By continuing to use this website, you agree to their use.<br>To find out more, including how to "
                + "control cookies, see here: <a href=\"/cookies\">Cookie Policy</a>")) {
            Article a = extract("<div class=\"q1\"><h2>An der Mole</h2><div class=\"q2\"><p>" + p1 + "</p><p>" + p2
                    + "</p></div></div><div class=\"q3\"><div class=\"q4\"><form method=\"post\"><input type=\"submit\" "
                    + "value=\"Schließen und Akzeptieren\">" + notice + "</form></div></div>");
            assertThat(a.paragraphs()).as(notice).containsExactly(p1, p2);
        }
    }

    @Test
    void keepsAnArticleAboutCookiesWhoseButtonsShareIt() throws Exception {
        String p1 = "The browser maker said on Tuesday it would stop third-party cookies for all of its users next year, ending a "
                + "tracking method advertisers have used for decades.";
        String p2 = "Privacy campaigners welcomed the step but said the cookies would be replaced by other ways of following "
                + "people across sites, which regulators should examine.";
        String p3 = "Advertisers said the change, which needs no consent from users, would cut the income of small publishers "
                + "who rely on cookies to show targeted advertising.";
        Article a = extract("<div class=\"q1\"><h1>Browser to drop cookies</h1></div><div class=\"q2\"><p>" + p1 + "</p><p>" + p2
                + "</p><p>" + p3 + "</p><button>Share</button><button>Copy link</button></div><div class=\"q5\"><p>The Elling Gazette "
                + "has reported on the harbour towns of the west coast since 1884. It is owned by a trust and published every weekday, "
                + "with a weekend edition on Saturdays.</p><p>Our newsroom of twelve reporters covers the council, the courts, "
                + "the schools and the fleets, and our photographers cover every match.</p></div>");
        assertThat(a.paragraphs()).containsSubsequence(p1, p2, p3);
    }

    @Test
    void leavesOutAnAppealForMoneyBesideTheStorysParagraphs() throws Exception {
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                + "<div class=\"q3\"><p>" + P2 + "</p></div><div class=\"q3\"><p>" + P3 + "</p></div>" + APPEAL + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAnAppealThatStatesItsCaseAtLength() throws Exception {
        String variant = "<div class=\"q84\"><p>At the Gazette we believe everyone needs good local reporting, and that is why our "
                + "stories stay free for everyone, even as other papers retreat behind expensive paywalls.</p><p>Our reporters sit "
                + "through every council meeting, every court hearing and every match on the coast, and they answer to readers, "
                + "not to owners far away.</p><p>Help keep our news free by giving as little as $2. Your contribution goes a long "
                + "way.</p></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                + "<div class=\"q3\"><p>" + P2 + "</p></div><div class=\"q3\"><p>" + P3 + "</p></div><div class=\"q83\">"
                + variant + variant.replace("$2", "$5") + "</div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAnAppealThatCountsEveryContributionThanksThoseWhoPayOrAsksWillYouSupportUs() throws Exception {
        String pitch = "<div class=\"q87\"><h3>Support free-thinking journalism</h3><p>Our mission at the Gazette is to deliver "
                + "careful, fact-based reporting that holds power to account. Whether it is $5 or $50, every contribution counts. "
                + "Support us to deliver journalism without an agenda.</p><a href=\"/give\">Support now</a></div>";
        String thanks = "<div class=\"q88\"><p><strong>... there is a good reason why people on the coast don't pay for our "
                + "journalism.</strong> It's because of the eleven thousand who do. Their generosity means we can keep our reporting "
                + "free for everyone to read.</p><p>If you can, please join them today.</p><a href=\"/give\">Support us</a></div>";
        String members = "<div class=\"q89\"><p>Perhaps you noticed: this story, like all the news we publish, is free to read, "
                + "because the Gazette is a nonprofit newsroom that charges no subscription fee.</p><p>We also share our news for "
                + "free with a dozen smaller papers up and down the coast that cannot afford reporters of their own.</p><p>Donations "
                + "from readers like you fund everything we do. If you don't already, will you support our work on the coast?</p>"
                + "<p>We rely on our members to keep it that way.</p></div>";
        for (String box : List.of(pitch, thanks, members)) {
            Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                    + "<div class=\"q3\"><p>" + P2 + "</p></div><div class=\"q3\"><p>" + P3 + "</p></div>" + box + "</div>");
            assertThat(a.paragraphs()).as(box).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void keepsAStoryAboutPaywalls() throws Exception {
        String p1 = "The Gazette's owners said on Monday that the paper would put its stories behind a paywall from March, "
                + "ending more than a decade in which they were free for everyone.";
        String p2 = "Readers who pay will get every story and the archive; a survey of <a href=\"/s\">the paper's readers</a> "
                + "found most would rather pay a small sum each month than see the paywall cut the newsroom's reach.";
        String p3 = "Other papers on the coast put up paywalls years ago, and two of them have since taken them down again.";
        Article a = extract("<div class=\"q1\"><h1>Gazette to charge readers</h1><div class=\"q3\"><p>" + p1 + "</p></div>"
                + "<div class=\"q3\"><p>" + p2 + "</p></div><div class=\"q3\"><p>" + p3 + "</p></div></div>");
        assertThat(a.paragraphs()).hasSize(3).first().isEqualTo(p1);
    }

    @Test
    void keepsOneSentenceOfTheStoryThatAsksForDonations() throws Exception {
        String appeal = "Residents can support the lifeboat crew by giving as little as $5 at the harbour office, the charity said.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                + "<div class=\"q3\"><p>" + appeal + "</p></div><div class=\"q3\"><p>" + P2 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, appeal, P2);
    }

    @Test
    void leavesOutAnAppealThatAsksWhetherTheReaderWouldGive() throws Exception {
        String box = "<div class=\"q85\"><p class=\"q86\">Support the Gazette</p><h3>Our election coverage needs you</h3>"
                + "<p>At the Gazette, we believe everyone deserves careful reporting, which is why our stories are freely "
                + "accessible to every reader on the coast.</p><p>Would you consider becoming a regular Gazette contributor?</p>"
                + "<a href=\"/give\">Support the Gazette</a><a href=\"/login\">Already contributed? Log in</a></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                + "<div class=\"q3\"><p>" + P2 + "</p></div>" + box + "<div class=\"q3\"><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAnAppealToBecomeAMember() throws Exception {
        String box = "<div class=\"q87\"><p>Here at the Gazette, we believe in helping everyone understand the coast. Our mission "
                + "is to create clear, accessible reporting for all.</p><p>If you share our vision, please consider supporting our "
                + "work by becoming a Gazette Member. Your support gives us an independent source of funding.</p></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p></div>"
                + "<div class=\"q3\"><p>" + P2 + "</p></div>" + box + "<div class=\"q3\"><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAnAppealOfOneParagraphThatSaysWhyAndAsks() throws Exception {
        String box = "<div class=\"q88\"><h3>You are a dedicated reader</h3><p>That is why we started the Gazette, to give readers "
                + "like you the coast's news every day. Join our community to support independent journalism on the coast.</p>"
                + "<div class=\"q89\"><a href=\"/join\">Join</a></div></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p><p>" + P2
                + "</p>" + box + "<p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAppealsForAGiftOrASubscriptionAmongTheStorysParagraphs() throws Exception {
        for (String box : new String[] {
                "<div class=\"q90\"><p>Thank you for relying on us to provide the local news you can trust. Please consider "
                        + "supporting gazette.example with a subscription.</p></div>",
                "<div class=\"q90\"><h4>You make our work possible.</h4><p>The Gazette is free to read and free to republish. "
                        + "Support independent coastal reporting with a tax-deductible gift.</p></div>",
                "<div class=\"q90\"><h4>Help keep the harbour clean</h4><p>£25 pays for a water-testing kit for a year. Every "
                        + "gift helps us protect the harbour's seals.</p></div>",
                "<div class=\"q90\"><h4>Donate to the Gazette</h4><p>Your donation will support the student journalists of the "
                        + "college.</p><p>Your contribution will allow us to buy equipment and pay for our hosting.</p></div>"}) {
            Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p><p>"
                    + P2 + "</p>" + box + "<p>" + P3 + "</p></div></div>");
            assertThat(a.paragraphs()).as(box).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void leavesOutAPaywallsPitchAndItsPriceInYen() throws Exception {
        String box = "<div class=\"q91\"><h3>This article is for subscribers</h3><p>When rumours travel faster than facts, quality "
                + "journalism matters more than ever. By subscribing, you help us keep reporting from the coast.</p>"
                + "<p>Digital plans from ¥980 a month. Cancel anytime.</p><a href=\"/subscribe\">Subscribe</a></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + box + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAnAppealThatGivesReasonsToSupportUs() throws Exception {
        String box = "<div class=\"q92\"><h2>… there is a good reason why not to support the Gazette.</h2><p>Not every reader can "
                + "afford to pay for news right now. That is why we keep our journalism open for everyone to read.</p><p>But if "
                + "you are able to, then there are three good reasons to support us today.</p><a href=\"/give\">Support us</a></div>";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q3\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>" + box + "</div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void leavesOutAReaderFundedSitesAppealsWhateverTheyAskFor() throws Exception {
        for (String appeal : List.of("The Harbour Review is reader-funded and ad-free. Become a member for $8 a month to keep "
                + "local journalism independent.", "The Gazette is free to read because thousands of members pay to keep it that "
                + "way. Join them from R75 a month.", "Help us fight bad information. We’re a registered charity, and we can only "
                + "do this work because of the support of thousands of people like you.", "I hope you appreciated this article. "
                + "Before you move on, I was hoping you would consider taking the step of supporting the Gazette’s journalism. "
                + "Unlike many others, we have no shareholders and no billionaire owner.")) {
            Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>"
                    + P2 + "</p><div class=\"q7\"><p>" + appeal + "</p></div><p>" + P3 + "</p></div></div>");
            assertThat(a.paragraphs()).as(appeal).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void keepsAStorysSentenceAboutAFundThatHelps() throws Exception {
        String p = "The council will consider supporting the bid next month. Every donation, big or small, helps the lifeboat "
                + "crew, its chairman said.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + p + "</p><p>" + P3 + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, p, P3);
    }

    @Test
    void leavesOutAnAppealThatAsksTheReaderToConsiderSupportingItsJournalism() throws Exception {
        String appeal = "I hope you appreciated this article. Before you move on, I wanted to ask if you would consider "
                + "supporting the Gazette’s journalism as we enter a new year. With your support, we can continue to "
                + "provide fact-checked, independent reporting. Support us from just £2.";
        Article a = extract("<div class=\"q1\"><h1>Ferry terminal delayed again</h1><div class=\"q2\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p></div><div class=\"q7\"><p>" + appeal + "</p></div></div>");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private final Boilerplate boilerplate = Boilerplate.standard();

    @Test
    void widgetLabelAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Related stories")).isTrue();
        assertThat(boilerplate.isBoilerplate("SHARE THIS ARTICLE »")).isTrue();
    }

    @Test
    void galleryCounterIsBoilerplateButALineCountingThingsIsNot() {
        assertThat(boilerplate.isBoilerplate("1 of 9 |")).isTrue();
        assertThat(boilerplate.isBoilerplate("Photo 3 of 12")).isTrue();
        assertThat(boilerplate.isBoilerplate("3 of 9 ferries were late")).isFalse();
    }

    @Test
    void photoCreditAloneIsBoilerplateButASlashBetweenWordsIsNot() {
        assertThat(boilerplate.isBoilerplate("Jane Roe/Getty Images")).isTrue();
        assertThat(boilerplate.isBoilerplate("Ann Lee/NPR")).isTrue();
        assertThat(boilerplate.isBoilerplate("Biden/Harris")).isFalse();
        assertThat(boilerplate.isBoilerplate("Pass/fail grades return to the island school")).isFalse();
    }

    @Test
    void blogPostsFilingLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("This entry was posted in Harbour news and tagged ferry, pier by Ann Lee. "
                + "Bookmark the permalink.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Dieser Eintrag wurde veröffentlicht in Allgemein von Ann Lee.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Filed under poems, with the others written on the quay this winter.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Filed under seal, the papers show the harbour board knew of the cracks.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen. Kommentare zu "
                + "diesen Eintrag im RSS 2.0 Feed.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Posted by Ann Lee at 9:11 PM")).isTrue();
        assertThat(boilerplate.isBoilerplate("Eingestellt von Ann Lee um 21:11")).isTrue();
        assertThat(boilerplate.isBoilerplate("Posted by Ann Lee on May 5, 2014")).isTrue();
        assertThat(boilerplate.isBoilerplate("Posted by Ann Lee, Harbour Branch on May 5, 2014")).isTrue();
        assertThat(boilerplate.isBoilerplate("Posted by a resident, the video shows the ferry leaving on May 5.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Posted by a resident on Facebook, the video shows the ferry leaving without its "
                + "passengers.")).isFalse();
        assertThat(boilerplate.isBoilerplate("The entry was posted in the harbour log by the first ferry's captain.")).isFalse();
    }

    @Test
    void germanLicenceLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Die Stadt hat den Plan unter der Lizenz des Landes veröffentlicht.")).isFalse();
    }

    @Test
    void picturesCreditLineIsBoilerplateButAPressReviewsQuoteIsNot() {
        assertThat(boilerplate.isBoilerplate("Foto: Ann Lee")).isTrue();
        assertThat(boilerplate.isBoilerplate("Beitragsbild: Titelseite der Hafenzeitung vom 2.4.2019, Ausriss.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Bild: Der Hafen bleibt bis März geschlossen.")).isFalse();
    }

    @Test
    void cookieNoticesPaywallOffersAndAppealsInSeveralLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Zachęcamy do regularnych odwiedzin. Informujemy, że korzystamy z cookies.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Instant access to the full article PDF.")).isTrue();
        assertThat(boilerplate.isBoilerplate("If you enjoyed reading this post, would you consider supporting our work?")).isTrue();
        assertThat(boilerplate.isBoilerplate("Der Hafen verzichtet auf Cookies und Kuchen beim Sommerfest.")).isFalse();
    }

    @Test
    void newsletterPromoEndingOnTheInboxIsBoilerplateButAStorysWarningIsNot() {
        assertThat(boilerplate.isBoilerplate("Get the morning briefing in your inbox.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The day's top local stories, delivered to your inbox")).isTrue();
        assertThat(boilerplate.isBoilerplate("You're reading the harbour newsletter. Sign up to get it in your inbox.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The council warned that a fake parking fine may arrive in your inbox, asking for "
                + "card details.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Scammers hope you click the link in your inbox.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Harbour Notes is a free weekly newsletter about the coast. Subscribe to get it in "
                + "your inbox every Thursday.")).isTrue();
    }

    @Test
    void consentTextRefreshNoteFrenchPaywallAndReaderAppealsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("We value your privacy. We and our partners store and/or access information on a "
                + "device, such as cookies, and process personal data for personalised ads and content.")).isTrue();
        assertThat(boilerplate.isBoilerplate("This is a breaking news story and is being updated. Please refresh the page for "
                + "the fullest version.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Article réservé à nos abonnés")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article is for subscribers")).isTrue();
        assertThat(boilerplate.isBoilerplate("Il vous reste 48.21% de cet article à lire. La suite est réservée aux abonnés."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("You've read 8 articles in the last year")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Harbour Review is free to read and funded by its readers. Become a supporter "
                + "from £3 a month.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Article count on. We have a small favour to ask. Millions turn to the Harbour Review "
                + "for independent news every day, and readers in 90 countries now support us.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Do you have an opinion on the issues raised in this article? Email a response of "
                + "up to 300 words to be considered for publication in our letters section.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The harbour master said she had read 8 articles about the pier before the vote."))
                .isFalse();
    }

    @Test
    void stationsAndSitesClosingPointersAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Read more from Harbour News:")).isTrue();
        assertThat(boilerplate.isBoilerplate("For the latest news, weather, sports, and streaming video, head to WKRV 8."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Sigue toda la información de El Puerto en Facebook y X, o en nuestra newsletter "
                + "semanal.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Catch your daily dose of lifestyle news and recipes on the Gazette website."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("(With inputs from PTI)")).isTrue();
        assertThat(boilerplate.isBoilerplate("With inputs from fishermen and the coastguard, the board drew up a new "
                + "timetable for the ferry.")).isFalse();
    }

    @Test
    void bylineWithItsTimeStampIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("By Ann Lee | 4:30 PM on May 2, 2024")).isTrue();
        assertThat(boilerplate.isBoilerplate("By the pier | a ferry story")).isFalse();
    }

    @Test
    void contributorDisclaimerIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("The opinions expressed by contributors are their own and do not necessarily "
                + "represent the views of the Harbour Gazette.")).isTrue();
    }

    @Test
    void embedHeldBackForCookiesIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Harbourcast This content is provided by Harbourcast, which may be using cookies and "
                + "other technologies. To show you this content, we need your permission to use cookies. You can use the buttons "
                + "below to amend your preferences to enable Harbourcast cookies or to allow those cookies just once.")).isTrue();
    }

    @Test
    void signUpBoxIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Sign up to receive the evening briefing from the Harbour Gazette.")).isTrue();
    }

    @Test
    void longAffiliateNoticeIsBoilerplate() {
        String notice = "If you buy something through a link on our site, we may receive compensation. By using this "
                + "site, you agree to our terms of service and our privacy policy, and to the use of cookies as described "
                + "in our cookie statement. Prices and availability were accurate at the time of publication and may change "
                + "without notice at any time.";
        assertThat(notice.length()).isGreaterThan(Boilerplate.MAX_LENGTH);
        assertThat(boilerplate.isBoilerplate(notice)).isTrue();
    }

    @Test
    void longProseQuotingANoticeLaterIsNot() {
        String prose = "The regulator fined the retailer on Monday after finding that its reviews hid paid placements from "
                + "readers for three years. Its pages said only that we may receive compensation, in small grey type below "
                + "the last product, which the regulator called misleading; the company said it would change the wording "
                + "on every page by the end of the month.";
        assertThat(prose.length()).isGreaterThan(Boilerplate.MAX_LENGTH);
        assertThat(boilerplate.isBoilerplate(prose)).isFalse();
    }

    @Test
    void commentFormIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Please enter your comment!")).isTrue();
        assertThat(boilerplate.isBoilerplate("Comments are closed.")).isTrue();
    }

    @Test
    void breadcrumbIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("HomePorts'Harbour deal within reach', minister...")).isTrue();
        assertThat(boilerplate.isBoilerplate("Home > World > Europe")).isTrue();
    }

    @Test
    void bulletPromoIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("- Read every story on any device")).isTrue();
    }

    @Test
    void proseUsingTheSameWordsIsKept() {
        assertThat(boilerplate.isBoilerplate("Farmers who want the grant must sign up for it before May, the ministry said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Share prices fell on Monday.")).isFalse();
    }

    @Test
    void cutsLabelGluedToCaptionCredit() {
        assertThat(boilerplate.withoutTrailingLabels("A minister speaks in Oslo. JANE ROE/REUTERS Acquire Licensing Rights"))
                .isEqualTo("A minister speaks in Oslo. JANE ROE/REUTERS");
    }

    @Test
    void leavesProseEndingLikeALabelAlone() {
        assertThat(boilerplate.withoutTrailingLabels("The firm said it had nothing more to share"))
                .isEqualTo("The firm said it had nothing more to share");
    }

    @Test
    void photoCreditLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("(Credit: Harbour Archive / Jane Roe)")).isTrue();
        assertThat(boilerplate.isBoilerplate("Photo credits")).isTrue();
    }

    @Test
    void bylineLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("By Marta Q. Lind, Gazette Staff Writer")).isTrue();
        assertThat(boilerplate.isBoilerplate("by Marta Lind , Elling Gazette")).isTrue();
        assertThat(boilerplate.isBoilerplate("BY MARTA LIND [marta.lind@gazette.example]")).isTrue();
        assertThat(boilerplate.isBoilerplate("By Marta Lind11:30 PM on Feb 13, 2031 CST — Updated at 8:12 AM on Feb 14, 2031"))
                .isTrue();
    }

    @Test
    void sentenceOpeningWithByIsNot() {
        assertThat(boilerplate.isBoilerplate("By Friday the ferry was running again.")).isFalse();
        assertThat(boilerplate.isBoilerplate("By the numbers")).isFalse();
        assertThat(boilerplate.isBoilerplate("By Monday 9:00 a.m. on Feb 13, 2031 crews had the ferry running.")).isFalse();
    }

    @Test
    void copyrightLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("\u00a9 2024 Elling Media Network")).isTrue();
    }

    @Test
    void copyrightLineWithCompanySuffixIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Copyright \u00a9 2024 Elling Media Holdings, Inc.")).isTrue();
    }

    @Test
    void contactLineWithAddressIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Contact Marta Lind at mlind@elling-gazette.example. Follow her on X at @mlind.")).isTrue();
    }

    @Test
    void bylineGluedToItsLabelIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("ByThe Associated Press")).isTrue();
        assertThat(boilerplate.isBoilerplate("Byzantine coins were found under the pier.")).isFalse();
    }

    @Test
    void disclaimersAndEmbedPlaceholdersAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("The opinions expressed here are the author's alone.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Waiting for your permission to load the Instagram Media.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Got a tip? Send it to the Gazette here.")).isTrue();
    }

    @Test
    void aNonprofitNewsroomsTrailerLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Jane Roe contributed research.")).isTrue();
        assertThat(boilerplate.isBoilerplate("John Doe contributed reporting from Elling.")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article was produced for the Coast Reporting Network in partnership with "
                + "the Elling Advocate.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Disclosure: The Harbour Trust has been a financial supporter of the Gazette.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Sign-up here to get stories like this one in your inbox.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Gazette uses cookies to analyze traffic. Learn more.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Please review our commenting policy.")).isTrue();
        assertThat(boilerplate.isBoilerplate("This post may contain affiliate links.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Get more coast news by signing up for our daily Harbour Dozen newsletter."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Our journalism needs your support. Subscribe today to the Gazette.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Local Democracy Reporting Service is a public service news agency funded "
                + "by the BBC.")).isTrue();
    }

    @Test
    void aStorysSentenceAboutResearchOrPartnershipsStays() {
        assertThat(boilerplate.isBoilerplate("Jane Roe, who contributed research to the harbour study, said the pier was "
                + "never safe.")).isFalse();
        assertThat(boilerplate.isBoilerplate("The ferry was built in partnership with a yard in Gdynia.")).isFalse();
    }

    @Test
    void aSitesLicenceLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("This work is licensed under a Creative Commons Attribution 4.0 International "
                + "License.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Wij en onze partners gebruiken cookies om advertenties te tonen.")).isTrue();
        assertThat(boilerplate.isBoilerplate("De Gazet en zijn partners gebruiken cookies om je ervaring te verbeteren."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Dalsza część artykułu pod materiałem wideo")).isTrue();
        assertThat(boilerplate.isBoilerplate("港湾新聞デジタルに掲載の記事・写真の無断転載を禁じます。")).isTrue();
        assertThat(boilerplate.isBoilerplate("We want our stories shared widely, for free. Please view our republishing "
                + "terms.")).isTrue();
    }

    @Test
    void aCommentFormsNoteAndASharePromptAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("You must be logged in to post a comment.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Du musst angemeldet sein, um einen Kommentar abzugeben.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Teile diesen Beitrag auf Facebook")).isTrue();
    }

    @Test
    void screenReaderListLabelsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("list of 4 items")).isTrue();
    }

    @Test
    void sourceAndRepublicationLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Source: Harbour Gazette and news agencies")).isTrue();
        assertThat(boilerplate.isBoilerplate("This story was originally published February 6, 2024, 9:30 AM.")).isTrue();
    }

    @Test
    void sentenceNamingASourceIsNot() {
        assertThat(boilerplate.isBoilerplate("Source: a ferry captain who asked not to be named. He said the berth was unsafe.")).isFalse();
    }

    @Test
    void contributorAndRepublicationLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Harbour reporter Marta Lind contributed to this report.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Marta Lind contributed to this report from Elling.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Contributing: Associated Press")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article originally appeared on Elling Gazette Norway.")).isTrue();
    }

    @Test
    void lineEndingInAHandleIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Transport reporter @martalind")).isTrue();
        assertThat(boilerplate.isBoilerplate("She wrote to the council on Friday, copying @harbourboard.")).isFalse();
    }

    @Test
    void editorsNoteIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Editor\u2019s note (January 9th 2024): This story was updated to add the "
                + "harbour board's reply.")).isTrue();
    }

    @Test
    void correctionNoticeIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Correction: January 9, 2024:")).isTrue();
        assertThat(boilerplate.isBoilerplate("A previous version of this story gave the wrong date for the pier's "
                + "reopening. It reopens in March.")).isTrue();
    }

    @Test
    void printEditionNoteIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("This article appeared in the Local section of the print edition under the "
                + "headline \"Ferry, late\"")).isTrue();
    }

    @Test
    void footnoteLineIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("[3] Harbour board minutes, May 8, 1969, Box 17, Elling Archive.")).isTrue();
    }

    @Test
    void citationOfThePageIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Elling Harbour Board. (2024, January 9). Ferry terminal delayed again. "
                + "Harbour Gazette. Retrieved January 12, 2024 from www.elling-gazette.example/news/ferry")).isTrue();
        assertThat(boilerplate.isBoilerplate("Elling Harbour Board. \"Ferry terminal delayed again.\" Harbour Gazette. "
                + "www.elling-gazette.example/news/ferry (accessed January 12, 2024).")).isTrue();
    }

    @Test
    void proseCitingARetrievedRecordIsNot() {
        assertThat(boilerplate.isBoilerplate("Divers retrieved the ferry's bell from the harbour floor on January 9, "
                + "2024, the board said.")).isFalse();
    }

    @Test
    void socialPointerIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Follow Deputy Editor Jane Roe on Instagram at @janeroe.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Follow the Gazette's Opinion section on Facebook, X and Threads.")).isTrue();
    }

    @Test
    void readingTimeLabelIsBoilerplateInAnyCase() {
        assertThat(boilerplate.isBoilerplate("5 Minute Read")).isTrue();
    }

    @Test
    void dealsPagesShopButtonsAndDisclosuresAreBoilerplateButAPriceInASentenceIsNot() {
        assertThat(boilerplate.isBoilerplate("$399$279 at Home Station")).isTrue();
        assertThat(boilerplate.isBoilerplate("£45 at Argos")).isTrue();
        assertThat(boilerplate.isBoilerplate("Purchases you make through our links may earn us a commission.")).isTrue();
        assertThat(boilerplate.isBoilerplate("34% off")).isTrue();
        assertThat(boilerplate.isBoilerplate("We independently selected these deals because we love them. Harbour! has affiliate "
                + "relationships, so we may get a commission.")).isTrue();
        assertThat(boilerplate.isBoilerplate("$1,199 $899")).isTrue();
        assertThat(boilerplate.isBoilerplate("$40 at the door, the harbour board said, and children go free.")).isFalse();
    }

    @Test
    void videosRunningTimeIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Duration: 1 minute 52 seconds")).isTrue();
        assertThat(boilerplate.isBoilerplate("Duration: 3:41")).isTrue();
        assertThat(boilerplate.isBoilerplate("03:41")).isTrue();
        assertThat(boilerplate.isBoilerplate("Video Loading")).isTrue();
        assertThat(boilerplate.isBoilerplate("Tap to play")).isTrue();
        assertThat(boilerplate.isBoilerplate("The video will auto-play soon8Cancel")).isTrue();
        assertThat(boilerplate.isBoilerplate("We use your sign-up to provide content in ways you've consented to and to improve "
                + "our understanding of you.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Video: So wohnen Studierende in der teuersten Stadt Deutschlands")).isTrue();
        assertThat(boilerplate.isBoilerplate("Duration of the closure is not yet known, the board said.")).isFalse();
    }

    @Test
    void tipLinesMessengerChannelsAndPartnersCookiesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Do you know more? Email tips@harbour-gazette.example")).isTrue();
        assertThat(boilerplate.isBoilerplate("Join The Harbour Gazette's WhatsApp channel and get the latest news.")).isTrue();
        assertThat(boilerplate.isBoilerplate("We and our partners use cookies and process personal data including IP "
                + "addresses to deliver personalised advertising.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Join the harbour board's meeting on Tuesday, where the ferry timetable and the "
                + "WhatsApp group for skippers will be discussed, and bring your questions.")).isFalse();
    }

    @Test
    void consentTextPaywallOffersAdLabelsAndCommentCountsInOtherLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Wir und unsere Partner können Informationen auf einem Gerät speichern und/oder "
                + "abrufen, zum Beispiel Cookies.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και αποκτούμε πρόσβαση σε πληροφορίες "
                + "σε μια συσκευή, όπως cookies.")).isTrue();
        assertThat(boilerplate.isBoilerplate("1 € le premier mois")).isTrue();
        assertThat(boilerplate.isBoilerplate("Deretter 279 kr per måned. Ingen bindingstid.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Digital plans from ¥980 a month. Cancel anytime.")).isTrue();
        assertThat(boilerplate.isBoilerplate("₹149 a month for unlimited reading")).isTrue();
        assertThat(boilerplate.isBoilerplate("Il vous reste 74 % de l’article à lire.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Denne saken er for abonnenter")).isTrue();
        assertThat(boilerplate.isBoilerplate("G+ Digital 3 Monate für 1 € danach 3,99 € pro Woche Jetzt abonnieren")).isTrue();
        assertThat(boilerplate.isBoilerplate("Jede weitere Person: 100,00 € pro Woche")).isFalse();
        assertThat(boilerplate.isBoilerplate("$4.99/month")).isTrue();
        assertThat(boilerplate.isBoilerplate("€3.99 per month for 2 years + 3 months free")).isTrue();
        assertThat(boilerplate.isBoilerplate("Rent rose to $1,200 a month.")).isFalse();
        assertThat(boilerplate.isBoilerplate("A $60-a-month allowance each, no questions asked")).isFalse();
        assertThat(boilerplate.isBoilerplate("Zugang zu allen Artikeln und der App. Jederzeit kündbar.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Ten artykuł przeczytasz z aktywną subskrypcją")).isTrue();
        assertThat(boilerplate.isBoilerplate("Διαφήμιση")).isTrue();
        assertThat(boilerplate.isBoilerplate("Реклама")).isTrue();
        assertThat(boilerplate.isBoilerplate("Diskusia (86)")).isTrue();
        assertThat(boilerplate.isBoilerplate("47 hozzászólás")).isTrue();
        assertThat(boilerplate.isBoilerplate("23:12hace 7 min")).isTrue();
        assertThat(boilerplate.isBoilerplate("Fijado")).isTrue();
        assertThat(boilerplate.isBoilerplate("▶️ Veja mais notícias da região no Diário da Serra.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Weitere Nachrichten aus dem Hafen")).isTrue();
        assertThat(boilerplate.isBoilerplate("The council will charge residents €12 a month for the new bins from March, the "
                + "mayor said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Реклама на зупинках зникне до літа, сказав мер.")).isFalse();
    }

    @Test
    void readersCallsTipLinesTickersAndSocialTalliesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Do you have videos of your pet you want to share? Send them to life@harbour-gazette"
                + ".example with some details, and they could appear in our Pet of the Week.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Have a tip about the harbour schools? Email Jane Roe at jroe@harbour-gazette.example "
                + "or text the newsroom at 555-0119.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Are you a ferry worker? We want to hear from you. Tell us about your shifts using "
                + "the form below.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Follow The Harbour Gazette on Google News. Also subscribe to our YouTube channel."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("By registering, you consent to receiving marketing emails from the Gazette."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Quality, independent journalism costs money. Subscribe today for unlimited access."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("NWAG -4.21%")).isTrue();
        assertThat(boilerplate.isBoilerplate("24 likes · 9 reposts · 3 replies")).isTrue();
        assertThat(boilerplate.isBoilerplate("This episode was produced by Ann Lee, edited by Sam Roe and fact checked by Kim Poe."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Why did the ferry stop? The harbour master said the engines had failed twice this "
                + "week.")).isFalse();
        assertThat(boilerplate.isBoilerplate("GDP 2.1%")).isFalse();
    }

    @Test
    void gluedBylinesWireCreditsDisclaimersAndLiveSharesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Ann LeeLocal Democracy ReporterPublished 8th Feb 2024, 16:30 GMTUpdated 8th Feb 2024, "
                + "17:55 GMT")).isTrue();
        assertThat(boilerplate.isBoilerplate("This report by The Canadian Press was first published March 5, 2024.")).isTrue();
        assertThat(boilerplate.isBoilerplate("With files from Sam Roe")).isTrue();
        assertThat(boilerplate.isBoilerplate("13:41Share")).isTrue();
        assertThat(boilerplate.isBoilerplate("This communication is for general information only and does not constitute legal "
                + "advice.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Attorney Advertising. Prior results do not guarantee a similar outcome.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Product updates, once a month. No spam.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("The report was published in 2019 and updated in 2023 after the second flood."))
                .isFalse();
    }

    @Test
    void messengerChannelPointersInOtherLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Підписуйтеся на Telegram-канал «Вісника», щоб першими дізнаватися головні новини."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Noticias del Puerto ya está en WhatsApp. ¡Síguenos aquí y recibe las noticias más "
                + "importantes del día!")).isTrue();
        assertThat(boilerplate.isBoilerplate("📲 Participe do canal do Diário da Serra no WhatsApp")).isTrue();
        assertThat(boilerplate.isBoilerplate("Síguenos en Telegram, Instagram y Facebook")).isTrue();
        assertThat(boilerplate.isBoilerplate("Hafenblatt aktuell: Whatsapp-Kanal abonnieren")).isTrue();
        assertThat(boilerplate.isBoilerplate("¿Sabías que tenemos canal de Telegram? Únete desde tu celular.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Entre 2019 y 2021 el puerto publicó sus horarios en Telegram, dijo la alcaldesa."))
                .isFalse();
        assertThat(boilerplate.isBoilerplate("La policía sigue investigando los mensajes que el sospechoso envió por WhatsApp "
                + "a sus vecinos durante la noche del incendio en el puerto.")).isFalse();
    }

    @Test
    void adLabelsSourceLinesAndTipLinesInOtherLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Annons")).isTrue();
        assertThat(boilerplate.isBoilerplate("Reklama")).isTrue();
        assertThat(boilerplate.isBoilerplate("Źródło: Puls Kraju, PAP")).isTrue();
        assertThat(boilerplate.isBoilerplate("Quelle: Landesregierung")).isTrue();
        assertThat(boilerplate.isBoilerplate("Masz ciekawy temat? Napisz do nas: redakcja@gazeta.example")).isTrue();
        assertThat(boilerplate.isBoilerplate("Reklama na przystankach zniknie do końca roku, zapowiedział prezydent miasta."))
                .isFalse();
    }

    @Test
    void newsletterCreditsSponsorLabelsAndPressReleaseLabelsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Written by Ann Lee. Edited by Sam Roe.")).isTrue();
        assertThat(boilerplate.isBoilerplate("TOGETHER WITH LEDGERLY")).isTrue();
        assertThat(boilerplate.isBoilerplate("Today's newsletter was edited by Sam Roe. Got a tip? Just hit reply.")).isTrue();
        assertThat(boilerplate.isBoilerplate("You're receiving this email because you signed up for The Harbour Daily."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("FOR IMMEDIATE RELEASE")).isTrue();
        assertThat(boilerplate.isBoilerplate("Media contact:")).isTrue();
        assertThat(boilerplate.isBoilerplate("###")).isTrue();
        assertThat(boilerplate.isBoilerplate("Together with the coastguard, the harbour board searched the bay until dawn."))
                .isFalse();
        assertThat(boilerplate.isBoilerplate("This edition was edited by hand, the printer said, because the press had failed."))
                .isFalse();
    }

    @Test
    void aPlayersPositionInItsEpisodeIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("• 5:48")).isTrue();
        assertThat(boilerplate.isBoilerplate("0:00 / 28:14")).isTrue();
        assertThat(boilerplate.isBoilerplate("5:48 was the time on the harbour clock.")).isFalse();
    }

    @Test
    void aLiveMatchPagesMinuteAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("89'")).isTrue();
        assertThat(boilerplate.isBoilerplate("90'+5")).isTrue();
        assertThat(boilerplate.isBoilerplate("89' Lind heads in the winner from a corner.")).isFalse();
    }

    @Test
    void liveBlogEntrysTimeAndBylineAreBoilerplateButASentenceAtThatTimeIsNot() {
        assertThat(boilerplate.isBoilerplate("3:42pmBy Jess Whitlock")).isTrue();
        assertThat(boilerplate.isBoilerplate("Pinned post4:00pmBy Jess Whitlock")).isTrue();
        assertThat(boilerplate.isBoilerplate("11:45 a.m. By Lachlan Pryor")).isTrue();
        assertThat(boilerplate.isBoilerplate("3:42pm by the harbour clock, the first ferry left the quay.")).isFalse();
    }

    @Test
    void paywallsAppealsAndSignUpsInSeveralLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("You’ve read 2 of 5 free articles this month.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Harbour Review is a reader-supported publication. Subscribe now to keep reading."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Mit einem Abo haben Sie unbegrenzten Zugang zu allen Artikeln.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Som prenumerant får du obegränsad tillgång till alla artiklar.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Läs vidare – prova Hamnbladet gratis i 30 dagar")).isTrue();
        assertThat(boilerplate.isBoilerplate("Jetzt abonnieren und weiterlesen")).isTrue();
        assertThat(boilerplate.isBoilerplate("Ich habe bereits ein Digital-Abonnement Anmelden")).isTrue();
        assertThat(boilerplate.isBoilerplate("24 Stunden vor Ablauf verlängert sich das Abo automatisch um einen Monat.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Dalszy ciąg artykułu pod materiałem wideo")).isTrue();
        assertThat(boilerplate.isBoilerplate("Über dieses Thema berichtete Radio Elling am 09. September 2031 um 12:00 Uhr."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Wir und unsere Partner verwenden Cookies und ähnliche Technologien.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Get harbour news to your inbox. Sign up for the Gazette’s newsletters.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Watch the latest reports from Harbour 9 on YouTube in our playlist here:")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article appears in the April 2031 issue of Harbour Review.")).isTrue();
        assertThat(boilerplate.isBoilerplate("This story has been viewed 4312 times.")).isTrue();
        assertThat(boilerplate.isBoilerplate("– TIMES/NA")).isTrue();
        assertThat(boilerplate.isBoilerplate("14:52 UhrJH")).isTrue();
        assertThat(boilerplate.isBoilerplate("1:41 a.m. Gazette staff")).isTrue();
        assertThat(boilerplate.isBoilerplate("Article continues below this advertisement")).isTrue();
        assertThat(boilerplate.isBoilerplate("Forwarded this by a friend? Subscribe to Harbour Notes.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Categories: Garden News")).isTrue();
        assertThat(boilerplate.isBoilerplate("If you buy through links on this page, we may earn a small commission.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Medically Reviewed By")).isTrue();
        assertThat(boilerplate.isBoilerplate("Share this article Facebook X Reddit Email")).isTrue();
        assertThat(boilerplate.isBoilerplate("Lee A, et al. (2029). Tides and ferry timetables on small islands. "
                + "https://journals.example/tides/2029/14")).isTrue();
        assertThat(boilerplate.isBoilerplate("Some links in this post are affiliate links.")).isTrue();
    }

    @Test
    void aNewslettersReferralBoxIsBoilerplateButAReferralInTheStoryIsNot() {
        assertThat(boilerplate.isBoilerplate("You currently have 0 referrals, only 3 away from receiving a Harbour Notes tote."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Click to share or copy your referral link: https://harbournotes.example/subscribe?ref=x"))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Doctors on the island have 30 referrals a week, the board said.")).isFalse();
    }

    @Test
    void aNonprofitNewsroomsNoteOnItselfAndItsAppealAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Harbour News Service is a nonprofit, nonpartisan news service covering the island "
                + "government.")).isTrue();
        assertThat(boilerplate.isBoilerplate("THE HARBOUR is an independent, nonprofit newsroom dedicated to reporting that serves "
                + "the people of Elling.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Elling Lookout is a local, nonpartisan news source.")).isTrue();
        assertThat(boilerplate.isBoilerplate("We rely on members to fund our reporting.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Our nonprofit journalism relies on reader support.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Learn more about our work and support the Harbour with a donation.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Type of Story: News")).isTrue();
        assertThat(boilerplate.isBoilerplate("If you enjoyed this article, we have a request for you. Please consider joining.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Catch all the Business News and Latest News Updates on Harbour Mint.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Harbour Education Lab is a community-funded journalism initiative, with support "
                + "from the Elling Foundation.")).isTrue();
    }

    @Test
    void aWireStorysUneditedNoteAndAHealthSitesCreditsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("This report is auto-generated from ANI news service. The Harbour Print holds no "
                + "responsibility for its content.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Jun 26, 2031 Written By Ann Lee Edited By Sam Roe Medically Reviewed By Jo Poe, PhD"))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Our experts continually monitor the health space, and we update our articles when new "
                + "information becomes available.")).isTrue();
        assertThat(boilerplate.isBoilerplate("If you're enjoying this article, consider subscribing. By purchasing a subscription you "
                + "are helping to ensure the future of our journalism.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Written by hand and edited by her sister, the letter reached the mayor on Monday."))
                .isFalse();
    }

    @Test
    void aCharityOrANewsroomInTheStoryIsNotBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Harbour Hands is a nonprofit organization that feeds 300 families every week."))
                .isFalse();
        assertThat(boilerplate.isBoilerplate("The shelter relies on donations from residents, the director said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("We rely on our neighbours for support, she said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("The Ledger, a nonprofit newsroom, found that the county paid the ferry firm twice."))
                .isFalse();
    }

    @Test
    void sentencesAboutAccessTrialsAndSignUpsAreNotBoilerplate() {
        assertThat(boilerplate.isBoilerplate("The library gives researchers unlimited access to the archive, the director said."))
                .isFalse();
        assertThat(boilerplate.isBoilerplate("Residents can sign up for the library's email newsletter.")).isFalse();
        assertThat(boilerplate.isBoilerplate("The harbour board tried the free ferry for 30 days last summer.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Categories: the board sorted the claims into three. Most were small.")).isFalse();
        assertThat(boilerplate.isBoilerplate("The study (2029) is at https://journals.example/tides and is free to read."))
                .isFalse();
    }

    @Test
    void pitchesForChannelsAppsMembershipsAndTheWritersHandleAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Únete a nuestro canal ¡EL HERALDO ya está en Whatsapp!, desde tu dispositivo móvil "
                + "entérate de las noticias más relevantes del día, artículos de opinión, entretenimiento y más.")).isTrue();
        assertThat(boilerplate.isBoilerplate("¿Ya conoces nuestro canal de YouTube? ¡Suscríbete!")).isTrue();
        assertThat(boilerplate.isBoilerplate("For the latest news from across Elling, join our WhatsApp community.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Like us on Facebook for the latest Elling news")).isTrue();
        assertThat(boilerplate.isBoilerplate("Follow Elling Live:")).isTrue();
        assertThat(boilerplate.isBoilerplate("Want the latest harbour news on all your devices? Download the Harbour News app"))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Become a Gazette member to get unlimited access to our reporting.")).isTrue();
        assertThat(boilerplate.isBoilerplate("VIDEO. Pronóstico del clima para este fin de semana")).isTrue();
        assertThat(boilerplate.isBoilerplate("R$ 1,90/mês nos 3 primeiros meses")).isTrue();
        assertThat(boilerplate.isBoilerplate("roe.jane@elling-gazette.example")).isTrue();
        assertThat(boilerplate.isBoilerplate("@JaneRoeGazette")).isTrue();
        assertThat(boilerplate.isBoilerplate("(ily/das)")).isTrue();
        assertThat(boilerplate.isBoilerplate("Komentar (46)")).isTrue();
    }

    @Test
    void sentencesAboutAppsPathsAndReadersAreNotBoilerplate() {
        assertThat(boilerplate.isBoilerplate("The council said residents could download the new app from its website.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Follow the river path for two miles, then turn left at the mill.")).isFalse();
        assertThat(boilerplate.isBoilerplate("She became a member of the harbour board for the first time in 2029.")).isFalse();
    }

    @Test
    void investingSitesDisclosuresDisclaimersAndCreditsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("(Disclaimer: This article is for information purposes only.)")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article was compiled by Jane Roe.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Should you invest $1,000 in Harbour Ferries right now?")).isTrue();
        assertThat(boilerplate.isBoilerplate("Before you buy stock in Harbour Ferries, consider this:")).isTrue();
        assertThat(boilerplate.isBoilerplate("The Stock Advisor analyst team just identified what they believe are the 10 best "
                + "stocks to buy now.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Jane Roe has positions in and recommends Harbour Ferries.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Past performance is no guarantee of future results.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Note: This item first appeared in Harbour Money Report, our monthly letter.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Disclaimer notices were sent to 400 tenants, the council said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("This article was written by hand in 1923, the archivist said.")).isFalse();
    }

    @Test
    void syndicationLinksAndErrorReportNotesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Read the original article on The Columbus Ledger.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Continue reading on The Weather Channel")).isTrue();
        assertThat(boilerplate.isBoilerplate("Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб "
                + "повідомити про це редакцію.")).isTrue();
        assertThat(boilerplate.isBoilerplate("She told readers to read the original report on the council's website.")).isFalse();
    }

    @Test
    void editorialBoardNotesAffiliateNotesAndEmbedConsentLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Editorials represent the views of The Ledger as an institution, as determined "
                + "through debate among members of the Editorial Board.")).isTrue();
        assertThat(boilerplate.isBoilerplate("EL PAÍS puede obtener una comisión por las compras realizadas a través de los "
                + "enlaces de este artículo.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Dit is een embed van X. Om deze te kunnen zien, moet je cookies van derden "
                + "accepteren.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Puedes seguir a EL PAÍS Cultura en Facebook y X, o apuntarte aquí para recibir "
                + "nuestra newsletter semanal.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The editorial board of the harbour trust meets on Thursdays.")).isFalse();
    }

    @Test
    void aPaywallsLabelIsBoilerplateButASentenceAboutSubscribersIsNot() {
        assertThat(boilerplate.isBoilerplate("This article is for Gazette Pro subscribers")).isTrue();
        assertThat(boilerplate.isBoilerplate("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY")).isTrue();
        assertThat(boilerplate.isBoilerplate("This service is for subscribers who live on the islands, the operator said.")).isFalse();
    }

    @Test
    void healthSitesDisclaimersAndPodcastCreditsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("The information in this article is not a substitute for professional medical "
                + "advice, diagnosis, or treatment.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Wichtiger Hinweis: Dieser Artikel darf nicht zur Selbstdiagnose verwendet "
                + "werden.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Our theme music is by Ann Lee and Sam Roe of Harbour Sound.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Un épisode de Jeanne Roe. Réalisation : Paul Lee.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The clinic said its advice was no substitute for a visit to a doctor.")).isFalse();
    }

    @Test
    void chineseCopyrightEditorAndSourceLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。")).isTrue();
        assertThat(boilerplate.isBoilerplate("（編輯：管中維）1200305")).isTrue();
        assertThat(boilerplate.isBoilerplate("责任编辑：王芳")).isTrue();
        assertThat(boilerplate.isBoilerplate("来源：澎湃新闻")).isTrue();
    }

    @Test
    void anInterviewersQuestionInChineseIsNotBoilerplate() {
        assertThat(boilerplate.isBoilerplate("记者：你怎么看今年的粮食产量？")).isFalse();
        assertThat(boilerplate.isBoilerplate("来源不明的消息在网上流传，警方呼吁市民不要转发。")).isFalse();
    }

    @Test
    void pageNumbersReadingTimesAndPictureCreditsAloneAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Seite 2")).isTrue();
        assertThat(boilerplate.isBoilerplate("Page 3 of 4")).isTrue();
        assertThat(boilerplate.isBoilerplate("Temps de lecture 4 min.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Lesezeit: 3 Minuten")).isTrue();
        assertThat(boilerplate.isBoilerplate("Photo by Ann Lee")).isTrue();
        assertThat(boilerplate.isBoilerplate("Top photo by Ann Lee, The Harbour Star")).isTrue();
        assertThat(boilerplate.isBoilerplate("Photos by the family show him smiling on the quay.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Page 3 of the report lists the ferry's faults.")).isFalse();
    }

    @Test
    void syndicationTranslationTipAndAppPromoLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Originally published as Ferry terminal delayed again")).isTrue();
        assertThat(boilerplate.isBoilerplate("Translation of an original article published in French on lemonde.example; the "
                + "publisher may only be liable for the French version.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Send your stories and photos to the Elling Gazette newsdesk.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Want to tell us about something happening near you? Get in touch with the "
                + "newsroom.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Heb je een tip of een vraag voor de redactie? Mail ons")).isTrue();
        assertThat(boilerplate.isBoilerplate("Download de Gazet-app")).isTrue();
        assertThat(boilerplate.isBoilerplate("Find out what's happening in Elling with free, real-time updates.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Źródło artykułu: gazeta.example")).isTrue();
        assertThat(boilerplate.isBoilerplate("Summary is AI-generated, newsroom-reviewed")).isTrue();
        assertThat(boilerplate.isBoilerplate("Log in, register or subscribe to save articles for later.")).isTrue();
        assertThat(boilerplate.isBoilerplate("You are visitor number 4012 since 5th October 2031.")).isTrue();
        assertThat(boilerplate.isBoilerplate("© A. Kirkpatrick 1998-2031. Text may be used with acknowledgement.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Send your children to school with a coat, the head teacher said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Download speeds on the island's app network doubled last year, the operator "
                + "said.")).isFalse();
    }

    @Test
    void aSubscriptionsListAndACriticsNoteOnMealsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Unlimited online access to articles from across the coast with one account."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Get exclusive access to the Elling Gazette ePaper, an electronic replica of the "
                + "print edition that you can share, download and comment on.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Exclusive articles from our columnists, plus local news and events.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Our critics visit restaurants anonymously and pay for their meals.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Ann Lee is a Local Democracy Reporter, a public interest news service.")).isTrue();
    }

    @Test
    void liveBlogStampsAiSummaryLabelsAndNewsletterPlugsAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("13:207 hours ago")).isTrue();
        assertThat(boilerplate.isBoilerplate("4:52pmAnn Lee")).isTrue();
        assertThat(boilerplate.isBoilerplate("6 updates")).isTrue();
        assertThat(boilerplate.isBoilerplate("AI-generated summary, reviewed by newsroom")).isTrue();
        assertThat(boilerplate.isBoilerplate("(Übrigens: Alles aus der Region gibt’s jetzt auch in unserem Elling-Newsletter.)"))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Unser Newsletter informiert Sie über alles. Hier können Sie sich kostenlos "
                + "anmelden.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Підписуйтеся на Газету у Telegram, Facebook та YouTube.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Get Latest Updates on Cricket along with Live Score, Schedule and more."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("6 updates to the ferry timetable were published on Monday.")).isFalse();
    }

    @Test
    void paywallAffiliateAndShoppingWidgetLinesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Get unlimited access to the best writing and the archive. Cancel anytime."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("Gazette.example may receive compensation when you click through and purchase "
                + "from links contained on this website.")).isTrue();
        assertThat(boilerplate.isBoilerplate("We hope you love our recommendations! Some may have been sent as samples.")).isTrue();
        assertThat(boilerplate.isBoilerplate("$13.99Price (as of 11/12/31):")).isTrue();
    }

    @Test
    void aLivePagesEditorAndItsPostsRunInStampsAreBoilerplateButAScheduleLineIsNot() {
        assertThat(boilerplate.isBoilerplate("17:42Compiled by Ann Lee")).isTrue();
        assertThat(boilerplate.isBoilerplate("10:42 PMGazette Staff")).isTrue();
        assertThat(boilerplate.isBoilerplate("Edited by Jo Kelsall")).isTrue();
        assertThat(boilerplate.isBoilerplate("This article appeared in the Elling Gazette print edition as: Ferry delayed")).isTrue();
        assertThat(boilerplate.isBoilerplate("Catch up every Saturday with our best reviews. Sign up for the Ten to Hear "
                + "newsletter here.")).isTrue();
        assertThat(boilerplate.isBoilerplate("ore 18:05")).isTrue();
        assertThat(boilerplate.isBoilerplate("Har du ett nyhetstips? Skicka det till oss – du kan vara anonym.")).isTrue();
        assertThat(boilerplate.isBoilerplate("14:00 Opening Ceremony")).isFalse();
    }

    @Test
    void techSitesAffiliateLoanAndConsentNotesInSpanishAndGermanAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("La Gaceta se financia con publicidad y enlaces de afiliados. Si compras a través "
                + "de nuestros enlaces, podemos recibir una comisión.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Hinweis: Dieser Artikel enthält Affiliate-Links.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Eine Einflussnahme des Herstellers auf den Testbericht fand nicht statt.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Um Ihnen unsere Inhalte kostenlos anbieten zu können, finanzieren wir uns über "
                + "Werbung.")).isTrue();
    }

    @Test
    void aVenuesStreetAddressAloneAndConsentLinesInOtherLanguagesAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("4810 N Oracle Rd, Tucson, AZ 85705")).isTrue();
        assertThat(boilerplate.isBoilerplate("Address 2204 NE Alberta St, Portland, OR 97211")).isTrue();
        assertThat(boilerplate.isBoilerplate("The bakery at 815 SW 12th Ave, Portland, OR 97205 opened on Friday.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Um die Gazette nutzen zu können, stimmen Sie der Verwendung von Cookies zu."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("By browsing on, you agree to the use of cookies.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The regulator studied the use of cookies by advertisers.")).isFalse();
    }

    @Test
    void aChinesePagesReporterAndEditorLineAndAPortalsReprintNoteAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("每经记者｜陈沐阳 每经编辑｜孙志成")).isTrue();
        assertThat(boilerplate.isBoilerplate("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的。")).isTrue();
        assertThat(boilerplate.isBoilerplate("记者从国家邮政局获悉，今年一季度全国快递业务量同比增长。")).isFalse();
        assertThat(boilerplate.isBoilerplate("Today’s newsletter is 912 words — a 3.5-minute read.")).isTrue();
    }

    @Test
    void aGermanLiveTickersMinuteAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("90.+5'")).isTrue();
        assertThat(boilerplate.isBoilerplate("45.'")).isTrue();
        assertThat(boilerplate.isBoilerplate("2031.")).isFalse();
    }

    @Test
    void aMatchsScoreAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("2:2")).isTrue();
        assertThat(boilerplate.isBoilerplate("2:2(1:0)")).isTrue();
        assertThat(boilerplate.isBoilerplate("Dortmund drew 2:2 with Stuttgart.")).isFalse();
    }

    @Test
    void anAppPromoInsideASentenceIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Stay up to date by downloading the WXYZ app and signing up for alerts."))
                .isTrue();
        assertThat(boilerplate.isBoilerplate("By downloading the county's budget, residents can see every line.")).isFalse();
    }

    @Test
    void aTextToSpeechControlWithItsLengthIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Artikel anhören · 4 Min.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Listen to this article 5 min")).isTrue();
        assertThat(boilerplate.isBoilerplate("Listen to this articleEstimated 3 minutes")).isTrue();
        assertThat(boilerplate.isBoilerplate("The audio version of this article is generated by AI-based technology.")).isTrue();
    }

    @Test
    void aKoreanBroadcastersPhotoSourceAndCrewCreditAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("[사진 출처 : 경상남도 제공]")).isTrue();
        assertThat(boilerplate.isBoilerplate("촬영기자:김민수/영상편집:이지은")).isTrue();
    }

    @Test
    void standingLinesOfBroadcastersAndResultsDesksAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Video above: Commuters describe daily backups on Route 9")).isTrue();
        assertThat(boilerplate.isBoilerplate("Dieses Thema im Programm: Das Erste, tagesschau, 03. Juni 2031, 20:00 Uhr")).isTrue();
        assertThat(boilerplate.isBoilerplate("Coaches can report results to sports@example.com or call 555-0100.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Si quieres republicar este contenido, incluye la firma y un enlace.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Hier können Sie die »Lage am Morgen« per Mail bestellen.")).isTrue();
    }

    @Test
    void aShareLabelRunIntoTheNetworksNamesIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Partilhe esta notíciaFacebookXWhatsApp")).isTrue();
        assertThat(boilerplate.isBoilerplate("Share: Facebook Email")).isTrue();
        assertThat(boilerplate.isBoilerplate("Share the road with cyclists on Facebook Avenue")).isFalse();
    }

    @Test
    void callsToJoinAPapersChannelAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Únete al canal de El Faro en WhatsApp y recibe las noticias en tu móvil")).isTrue();
        assertThat(boilerplate.isBoilerplate("Seguinos en Google News")).isTrue();
        assertThat(boilerplate.isBoilerplate("Urmărește știrile Gazeta.ro și pe Google News")).isTrue();
    }

    @Test
    void aGallerysSlideCounterAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("3/8")).isTrue();
        assertThat(boilerplate.isBoilerplate("3/8 of a cup of milk")).isFalse();
    }

    @Test
    void aDeskEditorsInitialsAndARightsLineAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Editor : A.P.")).isTrue();
        assertThat(boilerplate.isBoilerplate("© RIPRODUZIONE RISERVATA")).isTrue();
        assertThat(boilerplate.isBoilerplate("Bookmark elling-gazette.example")).isTrue();
    }

    @Test
    void anEmbeddedPostsSignatureACounterAndAPortalsPointerAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Gepostet von Landratsamt Elling am Freitag, 15. März 2031")).isTrue();
        assertThat(boilerplate.isBoilerplate("(12)")).isTrue();
        assertThat(boilerplate.isBoilerplate("Alle Nachrichten aus dem Landkreis Elling lesen Sie hier.")).isTrue();
        assertThat(boilerplate.isBoilerplate("The views expressed in this post are the author’s own.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Posted by the council on its website, the plan drew 400 replies by June 2031.")).isFalse();
    }

    @Test
    void aRepublishingBoxAReferralLinkAndAGermanAffiliateNoticeAreBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Thank you for your interest in republishing this story.")).isTrue();
        assertThat(boilerplate.isBoilerplate("Creative Commons License (CC BY-NC-ND 3.0)")).isTrue();
        assertThat(boilerplate.isBoilerplate("Or copy and paste this link to others: https://elling.example/subscribe")).isTrue();
        assertThat(boilerplate.isBoilerplate("Verwendete Quellen: Instagram, eigene Recherche")).isTrue();
        assertThat(boilerplate.isBoilerplate("* Affiliate Link: Wenn Sie über diese Links einkaufen, erhalten wir eine Provision."))
                .isTrue();
    }
}

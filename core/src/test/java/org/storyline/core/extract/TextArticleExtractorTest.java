package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.RawDocument;

class TextArticleExtractorTest {

    private final TextArticleExtractor extractor = new TextArticleExtractor();

    private Article extract(String text) throws ExtractionException {
        return extract(text, DocumentHints.NONE);
    }

    private Article extract(String text, DocumentHints hints) throws ExtractionException {
        return extractor.extract(new RawDocument("doc", "test", DocumentFormat.TEXT, text, hints));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TextArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsWireStyleDateline() throws Exception {
        Article article = extract(resource("wire-story.txt"));
        assertThat(article.datelinePlace()).isEqualTo("Tallinn");
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(article.outletName()).isEqualTo("Northfield Wire");
        assertThat(article.paragraphs().get(0)).startsWith("TALLINN, March 14 (Northfield Wire) –");
    }

    @Test
    void recoversHeadlineDuplicatedInBreadcrumb() throws Exception {
        assertThat(extract(resource("wire-story.txt")).title())
                .isEqualTo("‘Harbour deal is within reach’, port minister says");
    }

    @Test
    void endsBodyBeforeCreditsLine() throws Exception {
        List<String> body = extract(resource("wire-story.txt")).paragraphs();
        assertThat(body).hasSize(3);
        assertThat(body.get(2)).endsWith("deepen the shared shipping lane.");
    }

    @Test
    void parsesCreditsByRole() throws Exception {
        assertThat(extract(resource("wire-story.txt")).credits()).containsExactly(
                new Credit("Jaan Tamm", CreditRole.REPORTING, null),
                new Credit("Liis Kask", CreditRole.REPORTING, null),
                new Credit("Peteris Ozols", CreditRole.ADDITIONAL_REPORTING, "Riga"),
                new Credit("Mark Hollis", CreditRole.WRITING, null),
                new Credit("Dana Whit", CreditRole.EDITING, null),
                new Credit("Rui Costa", CreditRole.EDITING, null));
    }

    @Test
    void keepsCaptionOutOfBody() throws Exception {
        Article article = extract(resource("wire-story.txt"));
        assertThat(article.captions()).containsExactly("Port Minister Elena Sorvik speaks to reporters after the Baltic "
                + "ports conference in Tallinn, Estonia March 14, 2024.");
        assertThat(article.text()).doesNotContain("speaks to reporters", "MARTA KUUSK");
    }

    @Test
    void dropsSiteBoilerplate() throws Exception {
        assertThat(extract(resource("wire-story.txt")).text()).doesNotContain("HomeWorld", "Related stories",
                "Our Standards", "Acquire Licensing Rights", "Never miss a story", "Latest stories", "Please enter");
    }

    @Test
    void dropsAuthorBio() throws Exception {
        Article article = extract(resource("wire-story.txt"));
        assertThat(article.text()).doesNotContain("shipping correspondent");
        assertThat(article.credits()).noneMatch(c -> c.role() == CreditRole.BYLINE);
    }

    @Test
    void dropsRepeatedCaption() throws Exception {
        Article article = extract(resource("site-story.txt"));
        assertThat(article.captions()).singleElement().asString()
                .startsWith("Mayor Tomas Lind, left, walks with harbour master Ines Berg")
                .endsWith("finished a year early.");
        assertThat(article.text()).doesNotContain("walks with", "(City of Vaasa)");
    }

    @Test
    void neverInventsTitle() throws Exception {
        assertThat(extract(resource("site-story.txt")).title()).isNull();
    }

    @Test
    void outletFromSignUpText() throws Exception {
        assertThat(extract(resource("site-story.txt")).outlet()).isEqualTo(new Outlet("Harbour Gazette", null));
    }

    @Test
    void bylineFirstNameFromBio() throws Exception {
        Article article = extract(resource("site-story.txt"));
        assertThat(article.credits()).containsExactly(new Credit("Maria", CreditRole.BYLINE, null));
        assertThat(article.text()).doesNotContain("Maria covers", "author picture", "Sign Up");
    }

    @Test
    void placeFromLeadWithoutDateline() throws Exception {
        assertThat(extract(resource("site-story.txt")).datelinePlace()).isEqualTo("Vaasa");
    }

    @Test
    void publishedFromCaptionWhenNothingElseSays() throws Exception {
        assertThat(extract(resource("site-story.txt")).published().date()).isEqualTo(LocalDate.of(2024, 2, 2));
    }

    @Test
    void bodyStartsAtLeadAndEndsBeforeBio() throws Exception {
        List<String> body = extract(resource("site-story.txt")).paragraphs();
        assertThat(body.get(0)).startsWith("The city opened its new sea wall");
        assertThat(body.get(body.size() - 1)).isEqualTo("“This wall buys us thirty years,” Lind said.");
    }

    @Test
    void hintsFillWhatTextDoesNotSay() throws Exception {
        var hints = new DocumentHints("https://www.the-coast-courier.com/news/1", "Sea wall opens", null,
                List.of("Ines Roe"), "2024-02-03T08:00:00Z");
        Article article = extract("The city opened its new sea wall on Friday after three years of work.\n\n"
                + "Officials said the wall would protect about 4,000 homes from storms.", hints);
        assertThat(article.title()).isEqualTo("Sea wall opens");
        assertThat(article.outlet()).isEqualTo(new Outlet("The Coast Courier", "the-coast-courier.com"));
        assertThat(article.credits()).containsExactly(new Credit("Ines Roe", CreditRole.BYLINE, null));
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(article.url()).isEqualTo("https://www.the-coast-courier.com/news/1");
    }

    @Test
    void readsBylineAndTimeStampAboveBody() throws Exception {
        Article article = extract("Storm season talks open in Vaasa\n\nBy Maria Lahti and Ola Berg, Harbour Gazette\n\n"
                + "Updated Feb. 2, 2024 10:15 AM\n\n"
                + "The city opened its new sea wall on Friday as storm season talks got underway.\n\n"
                + "Officials said the wall would protect about 4,000 homes.");
        assertThat(article.title()).isEqualTo("Storm season talks open in Vaasa");
        assertThat(article.credits()).extracting(Credit::name).containsExactly("Maria Lahti", "Ola Berg");
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void titleIsHeadlineAboveBylineNotSiteTagline() throws Exception {
        Article article = extract("Skip to main content\nNews you can use from the coast every day\nHarbour Gazette\nNews\n"
                + "Sport\nLocal\nFerry strike ends after nine days of talks\nBy Ola Berg\n"
                + "The ferry strike ended on Monday after unions and operators agreed on a new pay deal.\n"
                + "Crossings will resume on Tuesday morning, the operator said.");
        assertThat(article.title()).isEqualTo("Ferry strike ends after nine days of talks");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0)).startsWith("The ferry strike ended");
    }

    @Test
    void titleIsHeadlineAfterMenuNotStandfirstOrByline() throws Exception {
        Article article = extract("Sign in\nNews\nWorld\nFerry unions end strike after nine days\n"
                + "Deal reached in Tallinn as operators agree to raise pay\nLena Voss in Tallinn\nMon 6 May 2024 10.31 BST\n"
                + "Ferry unions in Estonia ended a nine-day strike on Monday after operators agreed to raise pay.\n"
                + "Crossings to Helsinki will resume on Tuesday morning, the ministry said.");
        assertThat(article.title()).isEqualTo("Ferry unions end strike after nine days");
        assertThat(article.credits()).containsExactly(new Credit("Lena Voss", CreditRole.BYLINE, "Tallinn"));
        assertThat(article.published().time()).hasToString("10:31");
    }

    @Test
    void readsAgencyStyleStory() throws Exception {
        Article article = extract(resource("agency-story.txt"));
        assertThat(article.outletName()).isEqualTo("The Associated Press");
        assertThat(article.datelinePlace()).isEqualTo("Tallinn");
        assertThat(article.published()).hasToString("PublicationTime[date=2024-05-06, time=10:31, offset=-04:00]");
        assertThat(article.credits()).containsExactly(new Credit("LENA VOSS", CreditRole.BYLINE, null),
                new Credit("Ola Berg", CreditRole.ADDITIONAL_REPORTING, "Helsinki"));
        assertThat(article.text()).doesNotContain("READ MORE", "contributed", "Copyright");
        assertThat(article.paragraphs()).hasSize(4);
    }

    @Test
    void keepsLocalIntroAboveWireDateline() throws Exception {
        Article article = extract("Ferry strike ends\n\nIslanders waiting for the morning boat will be the first to feel "
                + "the end of the strike, agreed in Tallinn on Monday.\n\nTALLINN, May 6 (Northfield Wire) - Estonia's "
                + "ferry unions ended a nine-day strike on Monday after agreeing on a new pay deal.");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0)).startsWith("Islanders waiting");
        assertThat(article.datelinePlace()).isEqualTo("Tallinn");
    }

    @Test
    void aOneSentenceBriefIsAnArticle() throws Exception {
        assertThat(extract("The harbour ferry strike is over.").paragraphs())
                .containsExactly("The harbour ferry strike is over.");
        assertThat(extract("The union says the strike is \u201cover.\u201d").paragraphs()).hasSize(1);
    }

    @Test
    void aBriefCutOffMidSentenceIsAnArticle() throws Exception {
        Article article = extract("Ferry strike ends in Vaasa\n\nMarch 7, 2024\n\n"
                + "Early on Thursday, after eleven hours of talks, the unions and the two ferry operators agreed a pay deal that,");
        assertThat(article.paragraphs()).hasSize(1);
        assertThat(article.paragraphs().get(0)).startsWith("Early on Thursday");
        assertThat(article.title()).isEqualTo("Ferry strike ends in Vaasa");
    }

    @Test
    void aLoneHeadlineIsNoArticle() {
        assertThatThrownBy(() -> extract("March 7, 2024\n\nFerry strike ends after eleven hours of talks"))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void urlDateStandsInForAMissingDateLine() throws Exception {
        var hints = new DocumentHints("https://www.harbourgazette.example/2024/mar/07/ferry-strike-ends", null, null,
                List.of(), null);
        Article article = extract("The ferry strike ended on Monday after unions and operators agreed on a new pay deal.", hints);
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2024, 3, 7));
    }

    @Test
    void dateLineWinsOverUrlDate() throws Exception {
        var hints = new DocumentHints("https://www.harbourgazette.example/2024/03/01/ferry", null, null, List.of(), null);
        Article article = extract("Ferry strike ends\n\nMarch 7, 2024\n\n"
                + "The ferry strike ended on Monday after unions and operators agreed on a new pay deal.", hints);
        assertThat(article.published().date()).isEqualTo(LocalDate.of(2024, 3, 7));
    }

    @Test
    void containerOutletTakesDomainFromUrl() throws Exception {
        var hints = new DocumentHints("https://www.harbourgazette.example/news/1", null, "Harbour Gazette", List.of(), null);
        Article article = extract("The ferry strike ended on Monday after unions and operators agreed on a new pay deal.", hints);
        assertThat(article.outlet()).isEqualTo(new Outlet("Harbour Gazette", "harbourgazette.example"));
    }

    @Test
    void guessesLanguageOfBody() throws Exception {
        Article article = extract("Die Stadt hat am Freitag ihre neue Ufermauer eröffnet, die mehr als 4000 Häuser "
                + "schützen soll.\n\nDer Bürgermeister sagte, die Mauer sei ein Jahr früher fertig geworden als geplant.");
        assertThat(article.language()).isEqualTo("de");
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> extract("  \n\n ")).isInstanceOf(ExtractionException.class).hasMessageContaining("empty");
    }

    @Test
    void rejectsBinaryContent() {
        String png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\u0000\u0000\u0001\u0000\u0008\u0006"
                + "\u0000\u0000\u0000\u001f\u0015\u00c4\u0089\u0000\u0000\u0000\nIDATx\u009cc\u0000\u0001\u0000\u0000\u0005";
        assertThatThrownBy(() -> extract(png)).isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }

    @Test
    void rejectsTextOfOnlyBoilerplate() {
        assertThatThrownBy(() -> extract("Subscribe\n\nSign Up Now\n\nLatest stories\n\nPlease enter your comment!"))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void survivesHugeSingleLine() throws Exception {
        String huge = "The city said the wall would hold. ".repeat(60_000);
        assertThat(extract(huge).paragraphs()).singleElement().asString().hasSize(huge.strip().length());
    }

    @Test
    void survivesHostileMarkupAsText() throws Exception {
        String text = "<div>".repeat(10_000) + "\n\nThe city opened its new sea wall on Friday after three years of work.";
        assertThat(extract(text).paragraphs()).isNotEmpty();
    }
}

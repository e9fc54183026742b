package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P1;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P2;
import static org.storyline.core.extract.HtmlArticleExtractorTest.P3;
import static org.storyline.core.extract.HtmlArticleExtractorTest.page;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** The lines a page prints about its own author, whom it names in its metadata, are not the story. */
class AuthorLinesTest {

    private static final List<String> JANE = List.of("Jane Roe");

    @Test
    void takesOutTheNameAloneOrWithARoleOrATime() {
        for (String line : List.of("Jane Roe", "Jane Roe, senior editor", "Jane RoeShopping writer", "Jane Roe | 4:30 PM",
                "Jane Roe Harbour Correspondent")) {
            assertThat(AuthorLines.without(List.of(P1, line, P2, P3), JANE)).as(line).containsExactly(P1, P2, P3);
        }
    }

    @Test
    void takesOutABylineOfTheAuthorsWithTheirOutletAndTime() {
        var authors = List.of("Jane Roe", "JOHN DOE");
        for (String line : List.of("By Jane Roe - The Elling Gazette - Thursday, December 21, 2023", "Written by Jane Roe",
                "By Jane Roe and JOHN DOE", "Jane Roe, JOHN DOE | Harbour desk", "VON Jane Roe", "Par Jane Roe et JOHN DOE",
                "Por Jane Roe e JOHN DOE, Gazeta da Serra", "Jane Roe och JOHN DOE", "Door Jane Roe en JOHN DOE",
                "Oleh Jane Roe", "Na Jane Roe Jumatano, Oktoba 30, 2024")) {
            assertThat(AuthorLines.without(List.of(P1, line, P2, P3), authors)).as(line).containsExactly(P1, P2, P3);
        }
        assertThat(AuthorLines.without(List.of(P1, "By Jan", P2), authors)).containsExactly(P1, "By Jan", P2);
        String sentence = "By Jane Roe's count, the pier has been mended eleven times.";
        assertThat(AuthorLines.without(List.of(P1, sentence, P2), authors)).containsExactly(P1, sentence, P2);
    }

    @Test
    void keepsASentenceThatOpensWithTheName() {
        String said = "Jane Roe said the pier would not last another winter.";
        String asked = "Jane Roe: Will the pier last another winter?";
        String possessive = "Jane Roe's survey of the pier was published in the spring.";
        assertThat(AuthorLines.without(List.of(P1, said, asked, possessive, P2), JANE))
                .containsExactly(P1, said, asked, possessive, P2);
    }

    @Test
    void takesOutABioThatOpensWithTheNameAboveOrBelowTheStory() {
        String bio = "Jane Roe is a research fellow at the Institute for Island Studies.";
        String firstNameOnly = "Jane is a writer on the harbour desk.";
        assertThat(AuthorLines.without(List.of(bio, P1, P2, P3), JANE)).containsExactly(P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, firstNameOnly), JANE)).containsExactly(P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Jane Roe: 555-0100 or jroe@elling-gazette.example; Jane Roe covers "
                + "the harbour for the Gazette."), JANE)).containsExactly(P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Jane Roe hails from the islands, where she keeps bees."), JANE))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void takesOutABioWithCredentialsOrAMiddleInitialAfterTheName() {
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Jane Roe, RD is a dietitian who writes about food."),
                List.of("Jane Roe RD"))).containsExactly(P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Jane Q. Roe is chair of the Harbour Trust."),
                List.of("Jane Q. Roe"))).containsExactly(P1, P2, P3);
    }

    @Test
    void takesOutABioWithATitleBeforeTheNameOrTheNameSpelledWithACurlyApostrophe() {
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Dr Jane Roe is a public finance analyst at the Harbour Institute."),
                JANE)).containsExactly(P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Prof. Achieng\u2019 Odhiambo is an economist at the university."),
                List.of("Achieng' Odhiambo"))).containsExactly(P1, P2, P3);
        String story = "Dr Jane Roe said the clinic would open in May.";
        assertThat(AuthorLines.without(List.of(P1, story, P2, P3), JANE)).containsExactly(P1, story, P2, P3);
    }

    @Test
    void aFirstNameOpensABioBelowTheStoryButAboveItOnlyOneAboutJournalism() {
        String opening = "Jane was twelve when the old ferry first ran aground on the bar outside the harbour.";
        assertThat(AuthorLines.without(List.of(opening, P1, P2, P3), JANE)).containsExactly(opening, P1, P2, P3);
        assertThat(AuthorLines.without(List.of(P1, P2, P3, "Jane is the co-founder of a ferry timetable app."), JANE))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void keepsAParagraphAboutTheAuthorInTheMiddleOfTheStory() {
        String middle = "Jane Roe is one of the divers who surveyed the pier in the spring.";
        var body = List.of(P1, P2, middle, P3, P1 + " Again.", P2 + " Again.");
        assertThat(AuthorLines.without(body, JANE)).isEqualTo(body);
    }

    @Test
    void aOneWordNameTakesOnlyALineItStandsApartIn() {
        String heading = "Harbourline Ferries timetable for the winter";
        assertThat(AuthorLines.without(List.of(P1, heading, "Harbourline \u00b7 April 19 \u00b7 7 comments", P2),
                List.of("Harbourline"))).containsExactly(P1, heading, P2);
    }

    @Test
    void leavesAStoryOfNothingButAuthorLinesAsItIs() {
        assertThat(AuthorLines.without(List.of("Jane Roe"), JANE)).containsExactly("Jane Roe");
        assertThat(AuthorLines.without(List.of(P1, "Jane Roe"), List.of())).containsExactly(P1, "Jane Roe");
        assertThat(AuthorLines.without(List.of(P1, "Jane Roe"), Arrays.asList(null, "", "Ann")))
                .containsExactly(P1, "Jane Roe");
    }

    @Test
    void takesTheAuthorBoxOutOfAPageWhoseMetadataNamesTheAuthor() throws Exception {
        String body = "<div class=\"k1\"><h1>Ferry terminal delayed again</h1><div class=\"k2\"><div class=\"k3\">Jane Roe</div>"
                + "<div class=\"k4\">Jane Roe is a research fellow at the Institute for Island Studies.</div></div>"
                + "<div class=\"k5\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>";
        Article a = new HtmlArticleExtractor().extract(new RawDocument("id1", "test.html", DocumentFormat.HTML,
                page("<meta name=\"author\" content=\"Jane Roe\">", body),
                new DocumentHints("https://www.elling-gazette.example/news/ferry", null, null, null, null)));
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.credits()).extracting(c -> c.name()).containsExactly("Jane Roe");
    }
}

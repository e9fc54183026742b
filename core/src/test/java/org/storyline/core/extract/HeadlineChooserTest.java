package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineChooserTest {

    private static String choose(String body, String metadataTitle) {
        return HeadlineChooser.choose(PageElements.of(Jsoup.parse("<html><body>" + body + "</body></html>")),
                metadataTitle, null,
                "The Elling Gazette", "elling-gazette.example");
    }

    @Test
    void prefersTheVisibleHeadline() {
        assertThat(choose("<h1>Ferry terminal delayed again</h1>", "Ferry terminal delayed, again"))
                .isEqualTo("Ferry terminal delayed again");
    }

    @Test
    void dropsASectionLabelSetBeforeTheHeadlineWithABar() {
        String h1 = "<h1><div><a href=\"/news/politics/\">Politics | </a></div><span>Mayor vetoes the harbour tax</span></h1>";
        assertThat(choose(h1, "Mayor vetoes the harbour tax")).isEqualTo("Mayor vetoes the harbour tax");
    }

    @Test
    void dropsALabelInItsOwnElementBeforeTheMetadataTitle() {
        String h1 = "<h1><span>Opinion <span role=\"separator\"></span></span><span>Why the ferry can wait</span></h1>";
        assertThat(choose(h1, "Why the ferry can wait")).isEqualTo("Why the ferry can wait");
    }

    @Test
    void keepsAHeadlineWhoseFirstPartIsSetApart() {
        String h1 = "<h1><span>Ferry review</span> - slow, late and lovely</h1>";
        assertThat(choose(h1, "Ferry review - slow, late and lovely")).isEqualTo("Ferry review - slow, late and lovely");
    }

    @Test
    void keepsAKickerWrittenIntoTheHeadline() {
        assertThat(choose("<h1>Exclusive: Mayor vetoes the harbour tax</h1>", "Mayor vetoes the harbour tax"))
                .isEqualTo("Exclusive: Mayor vetoes the harbour tax");
    }

    @Test
    void passesOverALogoHeadingForTheMetadataTitle() {
        String logo = "<header><h1><a href=\"/\"><svg><title>ELLING GAZETTE</title> <desc>Elling Gazette Logo</desc>"
                + "</svg></a></h1></header><article><h2>Mayor vetoes the harbour tax</h2></article>";
        assertThat(choose(logo, "Mayor vetoes the harbour tax")).isEqualTo("Mayor vetoes the harbour tax");
    }

    @Test
    void passesOverAHeadingThatNamesTheKindOfPage() {
        String page = "<h1>News Flash</h1><div class=\"item\"><h3>County board bans open burning</h3><p>Text.</p></div>";
        assertThat(choose(page, "County board bans open burning")).isEqualTo("County board bans open burning");
    }

    @Test
    void keepsAHeadlineUnlikeTheMetadataTitleWhenNoHeadingReadsAsThatTitle() {
        String page = "<h1>Harbour tax vetoed</h1><h3>Other news</h3>";
        assertThat(choose(page, "Mayor blocks levy on moorings")).isEqualTo("Harbour tax vetoed");
    }

    @Test
    void dropsSectionLabelsOnBothSidesOfTheHeadline() {
        String h1 = "<h1>Opinion | Why the ferry can wait | Editorial</h1>";
        assertThat(choose(h1, "Why the ferry can wait | Editorial")).isEqualTo("Why the ferry can wait");
    }

    @Test
    void keepsAHeadlineWrittenWithABar() {
        String h1 = "<h1>Ferry delayed | What the new date means for island families</h1>";
        assertThat(choose(h1, "Ferry delayed | What the new date means for island families"))
                .isEqualTo("Ferry delayed | What the new date means for island families");
    }

    @Test
    void dropsATagNamingTheMediumAfterTheHeadline() {
        assertThat(choose("<h1>Ferry captain sings to stranded passengers [Watch]</h1>", null))
                .isEqualTo("Ferry captain sings to stranded passengers");
        assertThat(choose("<h1>Ferry captain sings to stranded passengers (video)</h1>", null))
                .isEqualTo("Ferry captain sings to stranded passengers");
    }

    @Test
    void keepsWordsInBracketsThatArePartOfTheHeadline() {
        assertThat(choose("<h1>Why we watch the ferry (and you should too)</h1>", null))
                .isEqualTo("Why we watch the ferry (and you should too)");
        assertThat(choose("<h1>Ferry diaries (part 2)</h1>", null)).isEqualTo("Ferry diaries (part 2)");
    }
}

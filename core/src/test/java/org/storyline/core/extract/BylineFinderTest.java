package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineFinderTest {

    @Test
    void splitsTwoNamesJoinedByAnd() {
        assertThat(BylineFinder.split("By Mara Lind and Tom Ashby")).containsExactly("Mara Lind", "Tom Ashby");
    }

    @Test
    void splitsCommaSeparatedNames() {
        assertThat(BylineFinder.split("By ANNA KOVAL, PETER MOSS and Jo Reyes")).containsExactly("ANNA KOVAL", "PETER MOSS", "Jo Reyes");
    }

    @Test
    void leavesOutRolesAndDates() {
        assertThat(BylineFinder.split("By Mara Lind | Updated 9:30 AM, Feb. 6, 2024")).containsExactly("Mara Lind");
    }

    @Test
    void keepsASingleFirstName() {
        assertThat(BylineFinder.split("By John")).containsExactly("John");
    }

    @Test
    void readsTheAuthorsOwnElementInsideABylineBoxThatRunsItIntoTheOutlet() {
        var page = Jsoup.parse("<div class=\"byline-section\"><span class=\"author\"><a href=\"/staff/mara-lind\">Mara Lind</a>"
                + "</span> <span class=\"publication\">Elling Telegram &amp; Gazette</span></div>");
        assertThat(BylineFinder.find(PageElements.of(page))).containsExactly("Mara Lind");
    }

    @Test
    void readsABylineBoxWhoseInnerAuthorElementNamesNoOne() {
        var page = Jsoup.parse("<div class=\"byline\">By Mara Lind <span class=\"author-avatar\"><img src=\"/m.jpg\"></span></div>");
        assertThat(BylineFinder.find(PageElements.of(page))).containsExactly("Mara Lind");
    }

    @Test
    void leavesOutTheLettersAfterANameAndLettersAlone() {
        assertThat(BylineFinder.split("Mara Lind MS, RDN, LD")).containsExactly("Mara Lind");
        assertThat(BylineFinder.split("By PETER MOSS and WBEZ")).containsExactly("PETER MOSS");
    }

    @Test
    void leavesOutTheWritersAddressAfterTheName() {
        assertThat(BylineFinder.split("BY MARA LIND [mara.lind@harbour.example]")).containsExactly("MARA LIND");
        assertThat(BylineFinder.split("By Mara Lind (mara@harbour.example) and Tom Ashby")).containsExactly("Mara Lind", "Tom Ashby");
    }

    @Test
    void leavesOutAKnownOutletRunIntoTheName() {
        assertThat(BylineFinder.split("Tom Ashby The Associated Press")).containsExactly("Tom Ashby");
    }

    @Test
    void leavesOutRolesAndSocialLinksReadAsNames() {
        assertThat(BylineFinder.split("Mara Lind, Chief Technology Officer, Head of Reality Labs")).containsExactly("Mara Lind");
        assertThat(BylineFinder.split("About the Author")).isEmpty();
        assertThat(BylineFinder.split("Columnist")).isEmpty();
        assertThat(BylineFinder.split("Twitter")).isEmpty();
    }
}

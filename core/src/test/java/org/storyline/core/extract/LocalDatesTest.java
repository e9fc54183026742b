package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LocalDatesTest {

    @Test
    void utcMetadataTakesTheLocalDateThePageShowsForTheSameInstant() {
        var page = PageElements.of(
                Jsoup.parse("<p>Posted <time datetime=\"2031-03-04T20:30:00-05:00\">March 4</time></p>"));
        var local = LocalDates.localise(PageDates.parse("2031-03-05T01:30:00Z"), page);
        assertThat(local.date()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(local.offset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void bareLocalWallClockTimeWholeHoursAwayCountsAsTheSameInstant() {
        var page = PageElements.of(Jsoup.parse("<time datetime=\"2031-03-04 21:30:00\">yesterday</time>"));
        var local = LocalDates.localise(PageDates.parse("2031-03-05T01:30:00Z"), page);
        assertThat(local.date()).isEqualTo(LocalDate.of(2031, 3, 4));
    }

    @Test
    void aDifferentInstantOnThePageLeavesTheUtcDateAlone() {
        var page = PageElements.of(Jsoup.parse("<time datetime=\"2031-03-04T09:00:00-05:00\">updated</time>"));
        var utc = PageDates.parse("2031-03-05T01:30:00Z");
        assertThat(LocalDates.localise(utc, page)).isEqualTo(utc);
    }

    @Test
    void shownBareWallClockTimeLocalisesUtcToTheMinute() {
        var page = PageElements.of(Jsoup.parse("<p>no machine dates</p>"));
        var shown = DateParser.standard().parse("December 22, 2031 10:00 PM");
        var local = LocalDates.localise(PageDates.parse("2031-12-23T03:00:46Z"), page, shown);
        assertThat(local.date()).isEqualTo(LocalDate.of(2031, 12, 22));
        assertThat(local.offset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void shownTimeOfAnotherInstantLeavesTheUtcDateAlone() {
        var page = PageElements.of(Jsoup.parse("<p>no machine dates</p>"));
        var shown = DateParser.standard().parse("December 22, 2031 10:07 PM");
        var utc = PageDates.parse("2031-12-23T03:00:46Z");
        assertThat(LocalDates.localise(utc, page, shown)).isEqualTo(utc);
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.PublicationTime;

class DateParserTest {

    private final DateParser dates = DateParser.standard();

    @Test
    void readsIsoDateTimeWithOffset() {
        assertThat(dates.parse("2023-11-29T10:31:00+01:00")).isEqualTo(new PublicationTime(
                LocalDate.of(2023, 11, 29), LocalTime.of(10, 31), ZoneOffset.ofHours(1)));
    }

    @Test
    void readsIsoDateAlone() {
        assertThat(dates.parse("2023-11-29")).isEqualTo(PublicationTime.of(LocalDate.of(2023, 11, 29)));
    }

    @Test
    void readsRfc822() {
        assertThat(dates.parse("Wed, 29 Nov 2023 10:31:00 GMT")).isEqualTo(new PublicationTime(
                LocalDate.of(2023, 11, 29), LocalTime.of(10, 31), ZoneOffset.UTC));
    }

    @Test
    void readsRfc822NumericZone() {
        assertThat(dates.parse("Wed, 29 Nov 2023 10:31:00 -0500").offset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void readsMonthFirstWithAbbreviation() {
        assertThat(dates.parse("Nov. 29, 2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
        assertThat(dates.parse("Nov 29, 2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    void readsTwelveHourTimeWithZone() {
        assertThat(dates.parse("Updated November 29, 2023 10:31 PM EST")).isEqualTo(new PublicationTime(
                LocalDate.of(2023, 11, 29), LocalTime.of(22, 31), ZoneOffset.ofHours(-5)));
    }

    @Test
    void resolvesRegionZoneBySeason() {
        assertThat(dates.parse("July 4, 2023 9:15 a.m. ET").offset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void readsDayFirst() {
        assertThat(dates.parse("29 November 2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    void readsSlashedYearFirst() {
        assertThat(dates.parse("2023/11/29").date()).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    void readsGermanNumericAndWritten() {
        assertThat(dates.parse("29.11.2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
        assertThat(dates.parse("Stand: 29. November 2023, 14:05 Uhr")).isEqualTo(new PublicationTime(
                LocalDate.of(2023, 11, 29), LocalTime.of(14, 5), null));
        assertThat(dates.parse("3. März 2024").date()).isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void readsSpanishAndFrench() {
        assertThat(dates.parse("29 de noviembre de 2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
        assertThat(dates.parse("le 1er décembre 2023").date()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void neverGuessesMissingYear() {
        assertThat(dates.parse("BERN, Nov 29 (Reuters) -")).isNull();
    }

    @Test
    void takesMissingYearNearestReference() {
        assertThat(dates.parse("Dec 30", LocalDate.of(2024, 1, 2)).date()).isEqualTo(LocalDate.of(2023, 12, 30));
    }

    @Test
    void refusesAmbiguousNumericDate() {
        assertThat(dates.parse("03/04/2023")).isNull();
        assertThat(dates.parse("11/29/2023").date()).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    void refusesImpossibleDateAndJunk() {
        assertThat(dates.parse("February 30, 2023")).isNull();
        assertThat(dates.parse("no date here at all")).isNull();
        assertThat(dates.parse("")).isNull();
    }

    @Test
    void findsDateInsideCaption() {
        assertThat(dates.parse("A minister speaks in Oslo, Norway March 3, 2024. JANE ROE/REUTERS").date())
                .isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void readsTimeWrittenBeforeDate() {
        assertThat(dates.parse("Updated 10:31 AM EDT, May 6, 2024")).isEqualTo(new PublicationTime(
                LocalDate.of(2024, 5, 6), LocalTime.of(10, 31), ZoneOffset.ofHours(-4)));
    }

    @Test
    void readsTimeWrittenBeforeWeekdayAndDate() {
        assertThat(dates.parse("Published 8:00 PM EST, Tue December 19, 2023")).isEqualTo(new PublicationTime(
                LocalDate.of(2023, 12, 19), LocalTime.of(20, 0), ZoneOffset.ofHours(-5)));
    }

    @Test
    void readsPolishGenitiveMonth() {
        assertThat(dates.parse("Opublikowano 5 grudnia 2031, 14:20").date()).isEqualTo(LocalDate.of(2031, 12, 5));
        assertThat(dates.parse("12 października 2031").date()).isEqualTo(LocalDate.of(2031, 10, 12));
    }

    @Test
    void readsSwedishMonth() {
        assertThat(dates.parse("Publicerad 3 augusti 2031").date()).isEqualTo(LocalDate.of(2031, 8, 3));
    }

    @Test
    void readsHungarianYearFirst() {
        PublicationTime stamped = dates.parse("Frissítve: 2031. december 12. – 15:10");
        assertThat(stamped.date()).isEqualTo(LocalDate.of(2031, 12, 12));
        assertThat(stamped.time()).isEqualTo(LocalTime.of(15, 10));
        assertThat(dates.parse("2031. márc. 5.").date()).isEqualTo(LocalDate.of(2031, 3, 5));
    }

    @Test
    void readsNoYearFirstDateInATableRow() {
        assertThat(dates.parse("1995–2004 Dec 11 Apr 14 124")).isNull();
    }

    @Test
    void readsADotBetweenAnAbbreviatedMonthAndTheYear() {
        assertThat(dates.parse("12.jun.2031").date()).isEqualTo(LocalDate.of(2031, 6, 12));
    }
}

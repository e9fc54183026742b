package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.PublicationTime;

class PageDatesTest {

    @Test
    void readsIsoWithMillisecondsAndZulu() {
        assertThat(PageDates.parse("2031-12-17T10:00:00.000Z")).isEqualTo(new PublicationTime(
                LocalDate.of(2031, 12, 17), LocalTime.of(10, 0), ZoneOffset.UTC));
    }

    @Test
    void readsCompactDate() {
        assertThat(PageDates.parse("20311217")).isEqualTo(PublicationTime.of(LocalDate.of(2031, 12, 17)));
    }

    @Test
    void dateWithDigitsGluedOnStatesNoDate() {
        assertThat(PageDates.parse("2030-02-112031-06-08")).isNull();
    }
}

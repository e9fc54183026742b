package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineReaderTest {

    private final DatelineReader datelines = DatelineReader.standard();

    @Test
    void readsPlaceDateAndAgency() {
        var dateline = datelines.read("TALLINN, March 14 (Northfield Wire) – Estonia's port minister said on Thursday ...");
        assertThat(dateline.place()).isEqualTo("Tallinn");
        assertThat(dateline.date()).isEqualTo("March 14");
        assertThat(dateline.outlet()).isEqualTo("Northfield Wire");
    }

    @Test
    void readsPlaceWithRegionAndTwoWords() {
        assertThat(datelines.read("NEW YORK, N.Y. (AP) — The city council voted on Tuesday to close the pier.").place())
                .isEqualTo("New York");
    }

    @Test
    void readsMixedCasePlaceBeforeAgency() {
        assertThat(datelines.read("Berlin (dpa) - Die Regierung hat am Montag einen neuen Plan vorgelegt.").place())
                .isEqualTo("Berlin");
    }

    @Test
    void readsTheUnderscoreOfOlderWireCopyAsADash() {
        assertThat(datelines.read("TALLINN _ The port authority and the ferry unions have agreed to end the strike.").place())
                .isEqualTo("Tallinn");
    }

    @Test
    void outletAloneIsNoPlace() {
        var dateline = datelines.read("CNN — The ferry strike ended on Monday after nine days of talks in Tallinn.");
        assertThat(dateline.place()).isNull();
        assertThat(dateline.outlet()).isEqualTo("CNN");
    }

    @Test
    void sentenceWithDashIsNoDateline() {
        assertThat(datelines.read("The minister - who spoke on Monday - said the talks would go on.")).isNull();
        assertThat(datelines.read("EXCLUSIVE - Ferry unions plan a new strike for the summer season")).isNull();
    }

    @Test
    void fileMarkOfAPhotoCaptionIsNoPlace() {
        assertThat(datelines.read("FILE - Ferry workers wait outside the Lindmoor town hall on May 3, 2030. "
                + "(Photo/Ann Vale, File)")).isNull();
    }
}

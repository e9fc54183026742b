package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadPlaceTest {

    private final LeadPlace places = LeadPlace.standard();

    @Test
    void findsPlaceEventHappenedIn() {
        assertThat(places.find("Ferry talks got underway in Tallinn on Monday amid a strike.", List.of())).isEqualTo("Tallinn");
    }

    @Test
    void prefersPlaceTheCaptionAlsoNames() {
        assertThat(places.find("Unions in Estonia met again as talks got underway in Tallinn.",
                List.of("Union leaders arrive at the ministry in Tallinn on May 6, 2024."))).isEqualTo("Tallinn");
    }

    @Test
    void monthsAndWeekdaysAreNoPlaces() {
        assertThat(places.find("The strike that began in May ended in Friday's vote.", List.of())).isNull();
    }
}

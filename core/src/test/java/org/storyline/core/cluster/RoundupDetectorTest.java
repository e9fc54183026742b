package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundupDetectorTest {

    private final RoundupDetector detector = new RoundupDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "The 25 best kitchen gadgets of the year",
            "12 things to do in Lindmoor this weekend",
            "Best laptops for students",
            "Early holiday laptop deals you can get today",
            "Save $200 on the Varn X2 headphones",
            "Our holiday gift guide for cyclists",
            "The week in review: floods, trams and a strike",
            "How to keep your pipes from freezing"})
    void headlinesOfRoundupsDealsListsAndHowTosAreRoundups(String headline) {
        assertThat(detector.isRoundup(headline, "Some text.")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chemical spill closes the Sella river to fishing",
            "Best Buy cuts 300 jobs at its Lindmoor warehouse",
            "Council backs trade deal with Port Ismay after long talks",
            "Union says 5,000 dock workers will strike on Monday",
            "How the council's tram vote was lost"})
    void headlinesOfCoverageAreNot(String headline) {
        assertThat(detector.isRoundup(headline, "Some text.")).isFalse();
    }

    @Test
    void bodyFullOfShopPricesIsADealsPage() {
        StringBuilder body = new StringBuilder("Our picks this week.\n");
        for (int i = 0; i < 9; i++) {
            body.append("Kettle model ").append(i).append(": now $").append(20 + i).append(".99 (was $49.99).\n");
        }
        assertThat(detector.isRoundup("Kettles worth a look", body.toString())).isTrue();
    }

    @Test
    void amountsInTheNewsAreNoShopPrices() {
        String body = "The fine is $4.25 million. Shares fell $1.50 to $31.20. The plant cost $2.75 billion, "
                + "and the clean-up $3.10 million; fish stocks are worth $5.60 million a year.";
        assertThat(detector.isRoundup("Varn Chemicals fined over spill", body)).isFalse();
    }
}

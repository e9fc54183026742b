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
            "How to keep your pipes from freezing",
            "Ostland Rovers' Top 20 goals of the season",
            "Our 12 favourite albums, ranked",
            "Football Power Rankings, Week 9: Rovers climb",
            "The most surprising moments of 2031",
            "What channel is Rovers vs. Port Ismay on? Time, TV, streaming info",
            "Where to watch the Lindmoor marathon",
            "Varn X2 headphones review: quiet, but heavy",
            "A first look at the Varn tablet",
            "Phone settings: hidden features, tips and tricks",
            "The floods in maps and charts: live tracker"})
    void headlinesOfRoundupsDealsListsAndHowTosAreRoundups(String headline) {
        assertThat(detector.isRoundup(headline, "Some text.")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chemical spill closes the Sella river to fishing",
            "Best Buy cuts 300 jobs at its Lindmoor warehouse",
            "Council backs trade deal with Port Ismay after long talks",
            "Union says 5,000 dock workers will strike on Monday",
            "How the council's tram vote was lost",
            "Top 2 officials quit over the Sella spill",
            "Review finds failings at Lindmoor hospital",
            "Council to review parking fees after protest",
            "Rovers top 10,000 season tickets for the first time"})
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

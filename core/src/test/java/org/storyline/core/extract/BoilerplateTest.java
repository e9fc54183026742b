package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private final Boilerplate boilerplate = Boilerplate.standard();

    @Test
    void widgetLabelAloneIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Related stories")).isTrue();
        assertThat(boilerplate.isBoilerplate("SHARE THIS ARTICLE »")).isTrue();
    }

    @Test
    void signUpBoxIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Sign up to receive the evening briefing from the Harbour Gazette.")).isTrue();
    }

    @Test
    void commentFormIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("Please enter your comment!")).isTrue();
    }

    @Test
    void breadcrumbIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("HomePorts'Harbour deal within reach', minister...")).isTrue();
        assertThat(boilerplate.isBoilerplate("Home > World > Europe")).isTrue();
    }

    @Test
    void bulletPromoIsBoilerplate() {
        assertThat(boilerplate.isBoilerplate("- Read every story on any device")).isTrue();
    }

    @Test
    void proseUsingTheSameWordsIsKept() {
        assertThat(boilerplate.isBoilerplate("Farmers who want the grant must sign up for it before May, the ministry said.")).isFalse();
        assertThat(boilerplate.isBoilerplate("Share prices fell on Monday.")).isFalse();
    }

    @Test
    void cutsLabelGluedToCaptionCredit() {
        assertThat(boilerplate.withoutTrailingLabels("A minister speaks in Oslo. JANE ROE/REUTERS Acquire Licensing Rights"))
                .isEqualTo("A minister speaks in Oslo. JANE ROE/REUTERS");
    }

    @Test
    void leavesProseEndingLikeALabelAlone() {
        assertThat(boilerplate.withoutTrailingLabels("The firm said it had nothing more to share"))
                .isEqualTo("The firm said it had nothing more to share");
    }
}

package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Outlet;

class OutletResolverTest {

    private final OutletResolver outlets = OutletResolver.standard();

    @Test
    void namesKnownOutletFromHost() {
        assertThat(outlets.fromUrl("https://www.reuters.com/world/europe/some-story-2023-11-29/"))
                .isEqualTo(new Outlet("Reuters", "reuters.com"));
    }

    @Test
    void namesKnownOutletFromSubdomain() {
        assertThat(outlets.fromUrl("https://news.bbc.co.uk/2/hi/europe/123.stm").name()).isEqualTo("BBC");
    }

    @Test
    void makesReadableNameForUnknownHost() {
        assertThat(outlets.fromUrl("http://www.the-daily-planet.co.uk/news/1"))
                .isEqualTo(new Outlet("The Daily Planet", "the-daily-planet.co.uk"));
    }

    @Test
    void noOutletWithoutHost() {
        assertThat(outlets.fromUrl("not a url")).isNull();
        assertThat(outlets.fromUrl(null)).isNull();
    }

    @Test
    void resolvesAliasToOutlet() {
        assertThat(outlets.byName("AP")).isEqualTo(new Outlet("The Associated Press", "apnews.com"));
    }

    @Test
    void readsTheLdcSourceCodeOfAWireAsTheWire() {
        assertThat(outlets.byName("APW")).isEqualTo(outlets.byName("AP"));
        assertThat(outlets.byName("NYT_ENG").name()).isEqualTo("The New York Times");
    }

    @Test
    void keepsUnknownNameAsWritten() {
        assertThat(outlets.byName(" Harbour Gazette ")).isEqualTo(new Outlet("Harbour Gazette", null));
    }

    @Test
    void findsOutletInDateline() {
        assertThat(outlets.inText("OSLO, March 3 (Reuters) - Ministers met on Friday.").name()).isEqualTo("Reuters");
    }

    @Test
    void findsOutletInSignUpText() {
        var outlet = outlets.inText("Sign up to get the morning headlines from Harbour Gazette and partners.");
        assertThat(outlet).isEqualTo(new Outlet("Harbour Gazette", null));
    }

    @Test
    void findsOutletInCopyrightLine() {
        assertThat(outlets.inText("Copyright 2024 The Associated Press. All rights reserved.").name())
                .isEqualTo("The Associated Press");
    }

    @Test
    void ignoresOutletCitedInBodySentence() {
        assertThat(outlets.inText("The budget rose by a quarter, The Associated Press reported.")).isNull();
    }
}

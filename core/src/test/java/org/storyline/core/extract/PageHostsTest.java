package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageHostsTest {

    @Test
    void aLinkToTheCanonicalSiteOfACopyIsALinkWithinTheSite() {
        Document page = Jsoup.parse("<p>x</p>", "https://mirror.example/copies/ferry");
        PageHosts.note(page, Arrays.asList("https://mirror.example/copies/ferry", "https://www.elling-gazette.example/news/ferry",
                null));
        assertThat(PageHosts.own(page, "https://elling-gazette.example/news/bridge")).isTrue();
        assertThat(PageHosts.own(page, "https://mirror.example/about")).isTrue();
        assertThat(PageHosts.own(page, "https://shop.example/kettle")).isFalse();
    }

    @Test
    void withoutNotedHostsThePagesLocationCounts() {
        assertThat(PageHosts.own(Jsoup.parse("<p>x</p>", "https://www.elling-gazette.example/news/ferry"),
                "https://news.elling-gazette.example/bridge")).isTrue();
        assertThat(PageHosts.own(Jsoup.parse("<p>x</p>"), "https://www.elling-gazette.example/bridge")).isFalse();
    }
}

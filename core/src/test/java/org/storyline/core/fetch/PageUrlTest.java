package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageUrlTest {

    @Test
    void normalizesCaseDefaultPortAndFragment() {
        assertThat(PageUrl.normalize(URI.create("HTTPS://News.Example:443/a/B.html#top"))).isEqualTo("https://news.example/a/B.html");
    }

    @Test
    void dropsCampaignParametersOnly() {
        assertThat(PageUrl.normalize(URI.create("http://n.example/a?id=7&utm_source=rss&utm_medium=feed")))
                .isEqualTo("http://n.example/a?id=7");
    }

    @Test
    void anEmptyPathIsTheRoot() {
        assertThat(PageUrl.normalize(URI.create("http://n.example"))).isEqualTo("http://n.example/");
    }

    @Test
    void onlyHttpAndHttpsAreWebUrls() {
        assertThat(PageUrl.isWebUrl("https://n.example/a")).isTrue();
        assertThat(PageUrl.isWebUrl("file:///etc/passwd")).isFalse();
        assertThat(PageUrl.isWebUrl("ftp://n.example/a")).isFalse();
        assertThat(PageUrl.isWebUrl("/relative/path")).isFalse();
    }

    @Test
    void relativeLinksResolveAgainstTheFeed() {
        assertThat(PageUrl.parse("../b.html", URI.create("http://n.example/feeds/main.xml")))
                .contains(URI.create("http://n.example/b.html"));
    }
}

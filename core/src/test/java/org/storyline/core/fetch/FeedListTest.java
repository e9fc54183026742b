package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @TempDir
    Path dir;

    @Test
    void aFileListsOneUrlALineWithComments() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                # the morning desk
                https://one.example/feed.xml
                   https://two.example/rss   # sport

                https://one.example/feed.xml
                """);

        FeedList list = FeedList.read(List.of(file.toString()));

        assertThat(list.feeds()).containsExactly("https://one.example/feed.xml", "https://two.example/rss");
        assertThat(list.problems()).isEmpty();
    }

    @Test
    void aLineThatIsNoWebUrlIsAProblemNamingItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://one.example/feed.xml\nftp://files.example/feed\n");

        FeedList list = FeedList.read(List.of(file.toString()));

        assertThat(list.feeds()).containsExactly("https://one.example/feed.xml");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 2");
            assertThat(p.reason()).contains("not an http or https URL");
        });
    }

    @Test
    void anOpmlFileNamesItsFeeds() throws Exception {
        Path file = Files.writeString(dir.resolve("desk.opml"), """
                <?xml version="1.0"?><opml version="1.0"><body><outline text="News">
                <outline text="One" xmlUrl="https://one.example/feed.xml"/><outline text="Two" xmlUrl="https://two.example/atom"/>
                </outline></body></opml>""");

        assertThat(FeedList.read(List.of(file.toString())).feeds())
                .containsExactly("https://one.example/feed.xml", "https://two.example/atom");
    }

    @Test
    void urlsAndMissingFilesMayBeMixed() {
        FeedList list = FeedList.read(List.of("https://one.example/feed.xml", dir.resolve("none.txt").toString()));

        assertThat(list.feeds()).containsExactly("https://one.example/feed.xml");
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("cannot read"));
    }
}

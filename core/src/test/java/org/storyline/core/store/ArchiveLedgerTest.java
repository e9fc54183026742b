package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.fetch.FeedEntry;
import org.storyline.core.fetch.FeedKind;
import org.storyline.core.fetch.FeedState;
import org.storyline.core.fetch.FeedStatus;
import org.storyline.core.fetch.PageState;
import org.storyline.core.fetch.PageStatus;
import org.storyline.core.fetch.Validators;

class ArchiveLedgerTest {

    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");

    @TempDir
    Path dir;

    private static FeedState feed(String url) {
        return new FeedState(url, FeedKind.RSS, "Harbour Courier", new Validators("\"v1\"", "Mon, 03 Mar 2025 10:00:00 GMT"),
                AT, FeedStatus.FETCHED, null, 2, 2, 0, AT);
    }

    private static PageState page(String url, PageStatus status) {
        return new PageState(url, status, null, null, "http://n.example/feed.xml", 0, null, AT,
                new FeedEntry(url, "Title", null, List.of("Ada Reyes"), "<p>Text</p>", false));
    }

    @Test
    void feedsAndPagesReadBackAfterACommitAndReopen() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveLedger ledger = new ArchiveLedger(archive);
            ledger.put(feed("http://n.example/feed.xml"));
            ledger.put(page("http://n.example/a.html", PageStatus.STORED));
            archive.commit();
        }
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(dir))) {
            ArchiveLedger ledger = new ArchiveLedger(archive);
            assertThat(ledger.feed("http://n.example/feed.xml")).contains(feed("http://n.example/feed.xml"));
            assertThat(ledger.page("http://n.example/a.html")).contains(page("http://n.example/a.html", PageStatus.STORED));
            assertThat(ledger.feeds()).hasSize(1);
        }
    }

    @Test
    void pendingListsOnlyUnsettledPagesByUrl() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveLedger ledger = new ArchiveLedger(archive);
            ledger.put(page("http://n.example/c.html", PageStatus.PENDING));
            ledger.put(page("http://n.example/a.html", PageStatus.PENDING));
            ledger.put(page("http://n.example/b.html", PageStatus.STORED));
            archive.commit();
            ledger.put(page("http://n.example/c.html", PageStatus.DISALLOWED));
            archive.commit();

            assertThat(ledger.pending()).extracting(PageState::url).containsExactly("http://n.example/a.html");
            assertThat(ledger.pages(PageStatus.DISALLOWED)).isEqualTo(1);
        }
    }

    @Test
    void writesWithoutACommitAreGoneAfterACrash() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveLedger ledger = new ArchiveLedger(archive);
            ledger.put(page("http://n.example/a.html", PageStatus.PENDING));
            archive.commit();
            ledger.put(page("http://n.example/a.html", PageStatus.STORED));
        }
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(dir))) {
            assertThat(new ArchiveLedger(archive).page("http://n.example/a.html").orElseThrow().status())
                    .isEqualTo(PageStatus.PENDING);
        }
    }

    @Test
    void theLedgerIsNoArticleStoryOrQuote() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            new ArchiveLedger(archive).put(feed("http://n.example/feed.xml"));
            new ArchiveLedger(archive).put(page("http://n.example/a.html", PageStatus.STORED));
            archive.commit();

            assertThat(archive.counts()).isEqualTo(new ArchiveCounts(0, 0, 0, 0));
        }
    }
}

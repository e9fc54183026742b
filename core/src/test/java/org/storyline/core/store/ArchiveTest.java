package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.model.ArticleAnalysis;

class ArchiveTest {

    @TempDir
    Path dir;

    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);

    private static ArticleAnalysis bridge(String id, String outlet) {
        return Clippings.article(id, outlet, MAY_2, "Harbour bridge closes for repairs",
                "The harbour bridge in Portavel will close for six weeks.",
                "Ana Ribeiro: \"The bridge is safe, but it is tired.\"");
    }

    @Test
    void readsBackWhatWasCommitted() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            archive.putArticle(bridge("a1", "Meridian Wire"), "s1", null, null);
            archive.commit();
        }
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(dir))) {
            ArticleAnalysis back = archive.article("a1").orElseThrow();
            assertThat(back).isEqualTo(bridge("a1", "Meridian Wire"));
            assertThat(archive.articleCard("a1").orElseThrow().story()).isEqualTo("s1");
        }
    }

    @Test
    void writingTheSameArticleTwiceKeepsOne() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            archive.putArticle(bridge("a1", "Meridian Wire"), "s1", null, null);
            archive.putArticle(bridge("a1", "Meridian Wire"), "s1", null, null);
            archive.commit();
            assertThat(archive.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void closingWithoutCommitDiscardsTheBatch() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            archive.putArticle(bridge("a1", "Meridian Wire"), "s1", null, null);
            archive.commit();
            archive.putArticle(bridge("a2", "Coastline Post"), "s1", null, null);
        }
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            assertThat(archive.containsArticle("a1")).isTrue();
            assertThat(archive.containsArticle("a2")).isFalse();
        }
    }

    @Test
    void refusesAStoreOfAnotherSchemaVersion() throws Exception {
        try (var directory = FSDirectory.open(dir);
             var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(Archive.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }
        assertThatThrownBy(() -> Archive.open(ArchiveSettings.writable(dir)))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("schema version 0")
                .hasMessageContaining("reads version " + Archive.SCHEMA_VERSION);
    }

    @Test
    void refusesADirectoryOfOtherFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> Archive.open(ArchiveSettings.writable(dir)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("not a Storyline store");
        assertThat(dir.resolve("notes.txt")).exists();
    }

    @Test
    void refusesASecondWriter() throws Exception {
        try (Archive first = Archive.open(ArchiveSettings.writable(dir))) {
            assertThatThrownBy(() -> Archive.open(ArchiveSettings.writable(dir)))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("in use");
            try (Archive reader = Archive.open(ArchiveSettings.readOnly(dir))) {
                assertThat(reader.counts().articles()).isZero();
            }
        }
    }

    @Test
    void readOnlyOpenOfAMissingStoreSaysSo() {
        assertThatThrownBy(() -> Archive.open(ArchiveSettings.readOnly(dir.resolve("none"))))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("no store");
    }

    @Test
    void storiesListNewestOrBiggestFirst() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "big", MAY_2, "Wire", "Post", "Herald");
            putStory(archive, "new", MAY_2.plusDays(3), "Wire");
            archive.commit();
            assertThat(archive.stories(StoryFilter.ALL, 0, 10).items()).extracting(StoryCard::id)
                    .containsExactly("new", "big");
            var bySize = new StoryFilter(null, null, null, null, null, StoryOrder.SIZE);
            assertThat(archive.stories(bySize, 0, 10).items()).extracting(StoryCard::id).containsExactly("big", "new");
        }
    }

    @Test
    void storiesFilterByOutletPersonDateAndWords() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "big", MAY_2, "Wire", "Post", "Herald");
            putStory(archive, "new", MAY_2.plusDays(3), "Wire");
            archive.commit();
            assertThat(ids(archive, new StoryFilter(null, "Post", null, null, null, null))).containsExactly("big");
            assertThat(ids(archive, new StoryFilter(null, null, "ana-ribeiro", null, null, null))).hasSize(2);
            assertThat(ids(archive, new StoryFilter(null, null, null, MAY_2.plusDays(1), null, null))).containsExactly("new");
            assertThat(ids(archive, new StoryFilter(null, null, null, null, MAY_2, null))).containsExactly("big");
            assertThat(ids(archive, new StoryFilter("tired bridges", null, null, null, null, null))).hasSize(2);
            assertThat(ids(archive, new StoryFilter("volcano", null, null, null, null, null))).isEmpty();
        }
    }

    @Test
    void pagesAreStableAndCounted() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            for (int i = 0; i < 7; i++) {
                putStory(archive, "s" + i, MAY_2, "Wire");
            }
            archive.commit();
            var first = archive.stories(StoryFilter.ALL, 0, 3);
            var second = archive.stories(StoryFilter.ALL, 3, 3);
            var third = archive.stories(StoryFilter.ALL, 6, 3);
            assertThat(first.total()).isEqualTo(7);
            assertThat(first.hasMore()).isTrue();
            assertThat(third.items()).hasSize(1);
            assertThat(third.hasMore()).isFalse();
            assertThat(first.items()).extracting(StoryCard::id).doesNotContainAnyElementsOf(
                    second.items().stream().map(StoryCard::id).toList());
            assertThatThrownBy(() -> archive.stories(StoryFilter.ALL, 1_000_000, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aQuoteCarriedByTwoOutletsIsOneQuoteWithBoth() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "big", MAY_2, "Wire", "Post");
            archive.commit();
            var quotes = archive.quotes(new QuoteFilter(null, "Ana Ribeiro", null, null), 0, 10).items();
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.outlets()).containsExactly("Wire", "Post");
                assertThat(q.text()).isEqualTo("The bridge is safe, but it is tired.");
            });
            assertThat(archive.quotes(new QuoteFilter(null, null, "Herald", null), 0, 10).items()).isEmpty();
            assertThat(archive.quotes(new QuoteFilter("tired", null, null, "big"), 0, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void peopleAreListedMostQuotedFirstWithTheirStories() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "one", MAY_2, "Wire");
            putStory(archive, "two", MAY_2.plusDays(1), "Post");
            archive.putArticle(Clippings.article("x", "Herald", MAY_2, "Ferry strike",
                    "Jon Vale: \"No ferries today.\""), "three", null, null);
            archive.putStory(Clippings.view("three", List.of(Clippings.article("x", "Herald", MAY_2, "Ferry strike",
                    "Jon Vale: \"No ferries today.\"")), Map.of()), null);
            archive.commit();
            var people = archive.people(null, 0, 10).items();
            assertThat(people).extracting(PersonCard::name).containsExactly("Ana Ribeiro", "Jon Vale");
            assertThat(people.get(0).stories()).containsExactly("two", "one");
            assertThat(archive.person("jon-vale").orElseThrow().quotes()).isEqualTo(1);
            assertThat(archive.person("nobody")).isEmpty();
        }
    }

    @Test
    void articleFacetsCountOutletsPeopleAndDates() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "big", MAY_2, "Wire", "Post", "Wire2");
            archive.commit();
            var facets = archive.articleFacets(ArticleFilter.query("bridge"), 10);
            assertThat(facets.get("outlet")).extracting(FacetCount::value).containsExactlyInAnyOrder("Wire", "Post", "Wire2");
            assertThat(facets.get("person")).containsExactly(new FacetCount("Ana Ribeiro", 3));
            assertThat(facets.get("date")).containsExactly(new FacetCount("2024-05-02", 3));
        }
    }

    @Test
    void facetsOfAnEmptyStoreAreEmpty() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            assertThat(archive.articleFacets(ArticleFilter.ALL, 10).get("outlet")).isEmpty();
            assertThat(archive.people(null, 0, 10).items()).isEmpty();
        }
    }

    @Test
    void hostileQuerySyntaxIsJustWords() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            putStory(archive, "big", MAY_2, "Wire");
            archive.commit();
            for (String q : List.of("\"unbalanced ((", "AND OR NOT", "*:*", "-", "\u0000\uFFFF", "a".repeat(5000))) {
                archive.stories(new StoryFilter(q, null, null, null, null, null), 0, 10);
                archive.articles(ArticleFilter.query(q), 0, 10);
                archive.quotes(new QuoteFilter(q, q, q, q), 0, 10);
                archive.people(q, 0, 10);
            }
        }
    }

    private static List<String> ids(Archive archive, StoryFilter filter) throws IOException {
        return archive.stories(filter, 0, 10).items().stream().map(StoryCard::id).toList();
    }

    private static void putStory(Archive archive, String id, LocalDate day, String... outlets) throws IOException {
        List<ArticleAnalysis> articles = new java.util.ArrayList<>();
        for (String outlet : outlets) {
            ArticleAnalysis a = Clippings.article(id + "-" + outlet, outlet, day, "Harbour bridge closes for repairs",
                    "The harbour bridge in Portavel will close for six weeks.",
                    "Ana Ribeiro: \"The bridge is safe, but it is tired.\"");
            archive.putArticle(a, id, null, null);
            articles.add(a);
        }
        archive.putStory(Clippings.view(id, articles, Map.of()), null);
    }
}

package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.cluster.DuplicateSettings;
import org.storyline.core.model.ArticleAnalysis;

/** The store places articles with the cluster stage: copies linked, stories found after a restart, merges. */
class ArchivePlacementTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    java.nio.file.Path dir;

    private static ArticleAnalysis tram(String id, String outlet, String title, String lead, String quote) {
        return Clippings.article(id, outlet, DAY, title, lead, "Irene Castell: \"" + quote + "\"");
    }

    private static ArchiveIngest ingest(Archive archive) {
        return new ArchiveIngest(archive, new ArticleProfiler(new WordEmbedder()), Clippings::view);
    }

    @Test
    void copiesAreLinkedToTheirOriginalAndJoinItsStory() throws Exception {
        var articles = GeneratedNews.articles(2, 3, 5);
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(articles.get(0));
            ingest.commit();
            for (var a : articles.subList(1, 6)) {
                ingest.add(a);
            }
            ingest.commit();
            var first = archive.articleCard("doc00000").orElseThrow();
            assertThat(first.duplicateOf()).isNull();
            assertThat(archive.articleCard("doc00002").orElseThrow().duplicateOf()).isEqualTo("doc00000");
            assertThat(archive.articleCard("doc00002").orElseThrow().story()).isEqualTo(first.story());
            assertThat(archive.articleCard("doc00004").orElseThrow().duplicateOf()).isEqualTo("doc00003");
            assertThat(archive.story(first.story()).orElseThrow().articles())
                    .filteredOn(a -> a.duplicateOf() != null).hasSize(2);
        }
    }

    @Test
    void aReopenedArchivePlacesArticlesInItsStoredStories() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(tram("t1", "Meridian Wire", "Larkspur council votes on tram route",
                    "The Larkspur council voted on the tram route plan on Monday.", "The tram route opens next year."));
            ingest.add(Clippings.article("f1", "Valley Herald", DAY, "Flood waters rise in Marrow Bay",
                    "Rivers burst their banks across Marrow Bay after heavy rain.",
                    "Osric Vale: \"Evacuation shelters are open tonight.\""));
            ingest.commit();
        }
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(tram("t2", "Coastline Post", "Tram route approved in Larkspur",
                    "Councillors in Larkspur approved the tram route after a long council debate.",
                    "This tram route serves the whole of Larkspur."));
            ingest.commit();
            assertThat(archive.counts().stories()).isEqualTo(2);
            assertThat(archive.articleCard("t2").orElseThrow().story())
                    .isEqualTo(archive.articleCard("t1").orElseThrow().story());
        }
    }

    /** Vectors from marker words: "axisN" points along axis N, as a real embedding points along a topic. */
    private static float[] axes(String text) {
        float[] v = new float[16];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.startsWith("axis")) {
                v[Integer.parseInt(word.substring(4))] = 1;
            }
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void storiesBridgedByALaterArticleMergeAndTheOldIdResolves(boolean commitBetween) throws Exception {
        ClusterSettings cluster = ClusterSettings.DEFAULTS.withWeights(0.5, 0.5, 0).withThresholds(0.5, 0.3);
        var settings = new PlacementSettings(cluster, ClusterSettings.STORYLINES, DuplicateSettings.DEFAULTS, 8);
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(ArchivePlacementTest::axes),
                    Clippings::view, settings);
            ingest.add(Clippings.article("x", "Meridian Wire", DAY, "Fire axis3", "Pato: \"axis3\"", "Quin: \"fire\""));
            ingest.add(Clippings.article("y", "Valley Herald", DAY, "Fire axis4", "Rask: \"axis4\"", "Suva: \"fire\""));
            if (commitBetween) {
                ingest.commit();
                assertThat(archive.counts().stories()).isEqualTo(2);
            }
            ingest.add(Clippings.article("bridge", "Delta Radio", DAY, "Fire axis3 axis4",
                    "Pato: \"a\"", "Quin: \"b\"", "Rask: \"c\"", "Suva: \"d\""));
            ingest.commit();
            String survivor = archive.articleCard("bridge").orElseThrow().story();
            String merged = survivor.equals(ArchiveIngest.newStoryId("x")) ? ArchiveIngest.newStoryId("y")
                    : ArchiveIngest.newStoryId("x");
            assertThat(archive.counts().stories()).isEqualTo(1);
            assertThat(List.of("x", "y")).allSatisfy(id ->
                    assertThat(archive.articleCard(id).orElseThrow().story()).isEqualTo(survivor));
            assertThat(archive.story(survivor).orElseThrow().articles()).hasSize(3);
            assertThat(archive.story(merged)).isEmpty();
            assertThat(archive.resolveStory(merged)).contains(survivor);
            assertThat(archive.resolveStory(survivor)).contains(survivor);
            assertThat(archive.resolveStory("s-nothing")).isEmpty();
            String line = archive.articleCard("bridge").orElseThrow().storyline();
            assertThat(archive.counts().storylines()).isEqualTo(1);
            assertThat(List.of("x", "y")).allSatisfy(id ->
                    assertThat(archive.articleCard(id).orElseThrow().storyline()).isEqualTo(line));
            assertThat(archive.storyline(line).orElseThrow().events()).singleElement()
                    .satisfies(e -> assertThat(e.id()).isEqualTo(survivor));
        }
    }

    @Test
    void aLaterDevelopmentAfterARestartIsANewEventInTheStoredStoryline() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(tram("t1", "Meridian Wire", "Larkspur council votes on tram route",
                    "The Larkspur council voted on the tram route plan on Monday.", "The tram route opens next year."));
            ingest.commit();
        }
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(Clippings.article("t9", "Coastline Post", DAY.plusDays(20), "Larkspur tram route work begins",
                    "Work on the Larkspur tram route began after the council vote.",
                    "Irene Castell: \"The tram route opens next year, as the council voted.\""));
            ingest.commit();
            var first = archive.articleCard("t1").orElseThrow();
            var later = archive.articleCard("t9").orElseThrow();
            assertThat(later.story()).isNotEqualTo(first.story());
            assertThat(later.storyline()).isEqualTo(first.storyline());
            assertThat(archive.storyline(first.storyline()).orElseThrow().events())
                    .extracting(e -> e.id()).containsExactly(first.story(), later.story());
        }
    }

    @Test
    void aRoundupStandsAloneAndNoLaterArticleJoinsIt() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = ingest(archive);
            ingest.add(Clippings.article("week", "Meridian Wire", DAY, "The week in review: the Larkspur tram route vote",
                    "The Larkspur council voted on the tram route plan on Monday.", "The tram route opens next year."));
            ingest.commit();
            ingest.add(tram("t1", "Coastline Post", "Larkspur council votes on tram route",
                    "The Larkspur council voted on the tram route plan on Monday.", "The tram route opens next year."));
            ingest.commit();
            var roundup = archive.articleCard("week").orElseThrow();
            var report = archive.articleCard("t1").orElseThrow();
            assertThat(report.story()).isNotEqualTo(roundup.story());
            assertThat(report.storyline()).isNotEqualTo(roundup.storyline());
            assertThat(archive.story(roundup.story()).orElseThrow().articles()).hasSize(1);
        }
    }
}

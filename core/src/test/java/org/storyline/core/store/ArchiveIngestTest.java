package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyline.core.cluster.ArticleProfiler;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIngestTest {

    @TempDir
    Path dir;

    @Test
    void reingestingTheSameArticlesChangesNothing() throws Exception {
        var articles = GeneratedNews.articles(3, 4, 1);
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new WordEmbedder()), Clippings::view);
            for (var a : articles) {
                assertThat(ingest.add(a)).isEqualTo(ArchiveIngest.Outcome.ADDED);
            }
            ingest.commit();
            var before = archive.counts();
            for (var a : articles) {
                assertThat(ingest.add(a)).isEqualTo(ArchiveIngest.Outcome.ALREADY_STORED);
            }
            ingest.commit();
            assertThat(archive.counts()).isEqualTo(before);
        }
    }

    @Test
    void articlesOfOneEventJoinOneStoryAndOthersStartTheirOwn() throws Exception {
        var articles = GeneratedNews.articles(3, 4, 1);
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new WordEmbedder()), Clippings::view);
            for (var a : articles.subList(0, 6)) {
                ingest.add(a);
            }
            ingest.commit();
            for (var a : articles.subList(6, 12)) {
                ingest.add(a);
            }
            ingest.commit();
            assertThat(archive.counts().stories()).isEqualTo(3);
            assertThat(archive.stories(StoryFilter.ALL, 0, 10).items()).extracting(StoryCard::articles)
                    .containsOnly(4);
        }
    }

    @Test
    void aViewThatCannotBeAssembledIsAProblemAndTheBatchIsStored() throws Exception {
        var articles = GeneratedNews.articles(3, 4, 1);
        String poisoned = articles.get(0).article().id();
        StoryEditor editor = (id, members, duplicateOf) -> {
            if (members.stream().anyMatch(a -> a.article().id().equals(poisoned))) {
                throw new IllegalStateException("quote span past the text");
            }
            return Clippings.view(id, members, duplicateOf);
        };
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new WordEmbedder()), editor);
            for (var a : articles) {
                ingest.add(a);
            }
            ingest.commit();
            assertThat(archive.counts().articles()).isEqualTo(12);
            assertThat(ingest.takeProblems()).singleElement().satisfies(p -> {
                assertThat(p.source()).startsWith("event s-");
                assertThat(p.reason()).contains("quote span past the text");
            });
            assertThat(archive.stories(StoryFilter.ALL, 0, 10).items()).hasSize(2);
            assertThat(ingest.takeProblems()).isEmpty();
        }
    }

    @Test
    void storyIdsComeFromTheFoundingArticle() {
        assertThat(ArchiveIngest.newStoryId("0123456789abcdef0123")).isEqualTo("s-0123456789abcdef");
        assertThat(ArchiveIngest.newStoryId("../../etc/passwd")).isEqualTo("s-etcpasswd");
    }
}

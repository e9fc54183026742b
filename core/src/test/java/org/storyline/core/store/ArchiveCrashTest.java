package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting child JVM with SIGKILL at random moments, then checks that the store opens, that
 * every stored article is complete, searchable and stored once, and that every article's story is
 * stored; finally lets the ingest run to the end and checks the exact counts.
 */
class ArchiveCrashTest {

    private static final int EVENTS = 40;
    private static final int PER_EVENT = 5;

    @TempDir
    Path dir;

    @Test
    void survivesKillsAtRandomMomentsAndCompletesExactly() throws Exception {
        Random random = new Random(42);
        long previous = 0;
        int kills = 0;
        for (int round = 0; round < 5; round++) {
            Process child = start();
            // Wait for a commit in this run, then a random moment more: mid-batch or mid-commit.
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
            String line = lines.readLine();
            if (line == null || line.equals("done")) {
                break;
            }
            Thread.sleep(random.nextInt(300));
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
            child.waitFor(30, TimeUnit.SECONDS);
            kills++;
            long stored = check();
            assertThat(stored).isGreaterThan(previous);
            previous = stored;
        }
        Process last = start();
        last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(check()).isEqualTo(EVENTS * PER_EVENT);
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(dir))) {
            assertThat(archive.counts().stories()).isEqualTo(EVENTS);
            assertThat(archive.counts().quotes()).isEqualTo(EVENTS);
        }
        assertThat(kills).as("the child was killed mid-way at least twice").isGreaterThanOrEqualTo(2);
    }

    /** Opens the store as it was left and checks it; returns how many articles it holds. */
    private long check() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            long count = archive.counts().articles();
            Set<String> ids = new HashSet<>();
            Set<String> stories = new HashSet<>();
            archive.eachArticleCard(card -> {
                assertThat(ids.add(card.id())).as("stored once: " + card.id()).isTrue();
                stories.add(card.story());
            });
            assertThat(ids).hasSize((int) count);
            for (String id : ids) {
                var analysis = archive.article(id).orElseThrow();
                assertThat(analysis.article().paragraphs()).hasSize(3);
                assertThat(analysis.quotes()).hasSize(1);
                String marker = "marker" + Integer.parseInt(id.substring(3));
                assertThat(archive.articles(ArticleFilter.query(marker), 0, 2).items())
                        .extracting(ArticleCard::id).containsExactly(id);
            }
            for (String story : stories) {
                assertThat(archive.story(story)).as("story " + story).isPresent();
            }
            return count;
        }
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), dir.toString(), String.valueOf(EVENTS), String.valueOf(PER_EVENT), "20");
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}

package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.Pipeline;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveSettings;

/**
 * A {@code storyline watch --once} in its own JVM is killed (SIGKILL) in the middle of its round, while
 * one page hangs; a second run finishes the round: it fetches only the pages whose articles the first
 * run had not committed, and every allowed article ends up stored once.
 */
class WatchResumeTest {

    private static final String HUNG = "/lantern/2025/03/03/library-hours.html";

    @TempDir
    Path dir;

    private NewsSite site;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aRoundKilledMidwayIsFinishedByTheNextRunWithoutRefetchingOrDoubleStoring() throws Exception {
        site = new NewsSite();
        site.hold(HUNG);
        Path store = dir.resolve("store");
        Path feeds = site.feedList(dir);
        child = startWatch(store, feeds);
        Set<String> committed = waitForArticles(store, 3);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(site.pagesRequested()).contains(HUNG);
        site.release(HUNG);
        site.clearLog();

        StringWriter err = new StringWriter();
        var cli = StorylineCli.commandLine(Pipeline.standard(), false);
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("watch", "--once", "--delay", "0", "--store", store.toString(), feeds.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(site.pagesRequested()).containsExactly(HUNG);
        assertThat(committed).doesNotContain(site.url(HUNG));
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(store))) {
            assertThat(archive.counts().articles()).isEqualTo(4);
            assertThat(urls(archive)).hasSize(4).contains(site.url(HUNG));
        }
    }

    private static Process startWatch(Path store, Path feeds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                StorylineCli.class.getName(), "watch", "--once", "--delay", "0", "--batch", "1",
                "--store", store.toString(), feeds.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls the store, read-only, until the child has committed {@code n} articles; their URLs. */
    private Set<String> waitForArticles(Path store, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the watching JVM is still running").isTrue();
            if (Files.isDirectory(store)) {
                try (Archive archive = Archive.open(ArchiveSettings.readOnly(store))) {
                    Set<String> urls = urls(archive);
                    if (urls.size() >= n) {
                        return urls;
                    }
                } catch (ArchiveException notYet) {
                    // the child has not made its first commit yet
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the watching JVM committed fewer than " + n + " articles in time");
    }

    private static Set<String> urls(Archive archive) throws Exception {
        Set<String> urls = new HashSet<>();
        archive.eachArticleCard(card -> urls.add(card.url()));
        return urls;
    }
}

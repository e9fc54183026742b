package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.Embedder;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;
import org.storyline.core.story.StorylineAssembler;

/**
 * Big stories stay fast: {@code bench/run BigStory [ARTICLES...]} (default 250 500 1000 2000). For each
 * size it generates one storyline of that many articles ({@link SyntheticNews#storyline}: an event a day,
 * each with its quotes and figures) and times, by the clock of this thread's CPU:
 * <ul>
 *   <li>the view of one event holding all of them ({@link StoryAssembler}), the worst a story can grow;</li>
 *   <li>the storyline's view over its events of 25 ({@link StorylineAssembler});</li>
 *   <li>ingesting one more article into a store that holds the storyline, commit included, as
 *       {@code storyline ingest} and the server do: placement, its event's view and the storyline's view
 *       assembled again and written.</li>
 * </ul>
 * Each figure is also given per article of the story: flat or falling as the story grows means the cost
 * grows no faster than the story. The embedding is a hashed bag of words, not MiniLM, so that building
 * the store takes seconds; the NLP is skipped, since the analyses are generated.
 */
public final class BigStory {

    private static final int EVENT_SIZE = 25;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(250, 500, 1000, 2000);
        }
        System.out.println("BigStory: CPU milliseconds (and per article of the story)");
        System.out.println("  articles   one event's view        storyline's view       ingest one more + commit");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int size) throws Exception {
        List<ArticleAnalysis> all = new SyntheticNews(size, 2026).storyline(size).get(0);
        StoryAssembler assembler = new StoryAssembler();
        assembler.assemble("warm", all.subList(0, Math.min(50, size)), Map.of());
        double eventMs = cpuMillis(() -> assembler.assemble("event", all, Map.of()));

        List<List<ArticleAnalysis>> events = new SyntheticNews(size, 2026).storyline(EVENT_SIZE);
        List<StoryView> views = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            views.add(assembler.assemble("s-" + e, events.get(e), Map.of()));
        }
        StorylineAssembler lines = new StorylineAssembler();
        lines.assemble("warm", views.subList(0, Math.min(3, views.size())));
        double storylineMs = cpuMillis(() -> lines.assemble("l-0", views));

        double ingestMs = ingestOneMore(events, assembler);
        System.out.printf(Locale.ROOT, "  %,8d   %9.0f (%6.2f)        %9.1f (%6.3f)      %9.0f (%6.3f)%n", size,
                eventMs, eventMs / size, storylineMs, storylineMs / size, ingestMs, ingestMs / size);
    }

    /** Builds a store holding the storyline through the store's own ingest, then times one more article. */
    private static double ingestOneMore(List<List<ArticleAnalysis>> events, StoryAssembler assembler)
            throws Exception {
        Path dir = Files.createTempDirectory("bigstory");
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new HashedWords()),
                    assembler::assemble);
            List<ArticleAnalysis> last = events.get(events.size() - 1);
            for (List<ArticleAnalysis> event : events) {
                for (ArticleAnalysis a : event) {
                    if (a != last.get(last.size() - 1)) {
                        ingest.add(a);
                    }
                }
                ingest.commit();
            }
            String line = archive.articleCard(last.get(0).article().id()).orElseThrow().storyline();
            ArticleAnalysis more = last.get(last.size() - 1);
            double ms = cpuMillis(() -> {
                try {
                    ingest.add(more);
                    ingest.commit();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String placed = archive.articleCard(more.article().id()).orElseThrow().storyline();
            int inLine = archive.storyline(line).orElseThrow().articles();
            if (!line.equals(placed)) {
                System.out.printf("  (the article went to storyline %s, not %s: the ingest figure is not the big story's)%n",
                        placed, line);
            } else if (inLine < events.stream().mapToInt(List::size).sum() * 9 / 10) {
                System.out.printf("  (the store's storyline holds %d articles of %d: placement split it)%n", inLine,
                        events.stream().mapToInt(List::size).sum());
            }
            return ms;
        } finally {
            deleteTree(dir);
        }
    }

    private static double cpuMillis(Runnable work) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }

    /** A bag of hashed words: texts sharing words point alike, as a real embedding's would for one subject. */
    private static final class HashedWords implements Embedder {

        @Override
        public float[] embed(String text) {
            float[] v = new float[256];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 3) {
                    v[Math.floorMod(word.hashCode(), v.length)] += 1f;
                }
            }
            return v;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

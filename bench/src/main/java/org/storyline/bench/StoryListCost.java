package org.storyline.bench;

import java.nio.file.Path;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.store.RecordJson;
import org.storyline.core.store.StoryFilter;

/**
 * What one API story list costs inside the server when it is not kept (the first request after a
 * commit): {@code bench/run StoryListCost DIR}. Times a page of 20 stories from the store, with and
 * without writing its JSON, and the store counts the front page shows; best of 5 rounds of 500, on one
 * thread, after a warm-up round.
 */
public final class StoryListCost {

    private static final int CALLS = 500;

    public static void main(String[] args) throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(Path.of(args[0])))) {
            double list = Double.MAX_VALUE;
            double json = Double.MAX_VALUE;
            double counts = Double.MAX_VALUE;
            long sink = 0;
            for (int round = 0; round < 6; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < CALLS; i++) {
                    sink += archive.stories(StoryFilter.ALL, 0, 20).items().size();
                }
                long listed = System.nanoTime();
                for (int i = 0; i < CALLS; i++) {
                    sink += RecordJson.write(archive.stories(StoryFilter.ALL, 0, 20)).length();
                }
                long written = System.nanoTime();
                for (int i = 0; i < CALLS; i++) {
                    sink += archive.counts().stories();
                }
                long counted = System.nanoTime();
                if (round > 0) {
                    list = Math.min(list, (listed - start) / 1e6 / CALLS);
                    json = Math.min(json, (written - listed) / 1e6 / CALLS);
                    counts = Math.min(counts, (counted - written) / 1e6 / CALLS);
                }
            }
            System.out.printf("story list (20 cards): %.2f ms; with its JSON: %.2f ms; store counts: %.2f ms (%d)%n",
                    list, json, counts, sink % 10);
        }
    }
}

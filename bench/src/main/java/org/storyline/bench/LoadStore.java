package org.storyline.bench;

import java.nio.file.Path;
import java.util.List;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;

/**
 * Builds a store of generated articles for the server load run ({@code bench/load.sh}):
 * {@code bench/run LoadStore DIR [ARTICLES]}. The articles go through the same incremental ingest as
 * {@code storyline ingest} (near-duplicates and story assignment by the cluster stage with MiniLM
 * embeddings, story views by the StoryAssembler, batched atomic commits); only the NLP is skipped, since
 * the analyses are generated. Prints articles/s and the store's counts.
 */
public final class LoadStore {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<ArticleAnalysis> articles = new SyntheticNews(count, 2025).generate();
        long start = System.nanoTime();
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new MiniLmEmbedder()),
                    new StoryAssembler()::assemble);
            int added = 0;
            for (ArticleAnalysis article : articles) {
                if (ingest.add(article) == ArchiveIngest.Outcome.ADDED && ++added % 200 == 0) {
                    ingest.commit();
                    System.err.printf("%d articles, %.0f articles/s%n", added, added / seconds(start));
                }
            }
            ingest.commit();
            var counts = archive.counts();
            System.out.printf("store %s: %d articles, %d stories, %d quotes; built in %.1f s (%.0f articles/s)%n", dir,
                    counts.articles(), counts.stories(), counts.quotes(), seconds(start), added / seconds(start));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

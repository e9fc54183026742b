package org.storyline.core.store;

import java.nio.file.Path;
import java.util.List;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.model.ArticleAnalysis;

/**
 * The child process of {@link ArchiveCrashTest}: ingests generated articles into a store, committing
 * every {@code batch} articles, and prints a line after each commit. Arguments: dir events perEvent batch.
 */
public final class CrashIngestMain {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int perEvent = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        List<ArticleAnalysis> articles = GeneratedNews.articles(events, perEvent, 7);
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new WordEmbedder()), Clippings::view);
            int pending = 0;
            for (ArticleAnalysis article : articles) {
                if (ingest.add(article) == ArchiveIngest.Outcome.ADDED && ++pending == batch) {
                    ingest.commit();
                    pending = 0;
                    System.out.println("committed");
                }
            }
            ingest.commit();
            System.out.println("done");
        }
    }
}

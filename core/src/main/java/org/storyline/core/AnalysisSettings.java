package org.storyline.core;

/**
 * How {@link ArticleAnalyzer} runs.
 *
 * @param maxWords the most words of one article that are analyzed; the rest is cut off with a note.
 *                 News articles run to a few thousand words, so a longer "article" is a dump or a feed
 *                 glued together, and analyzing all of it would hold a worker for minutes
 * @param threads  worker threads for {@link ArticleAnalyzer#analyzeAll}, at least 1
 */
public record AnalysisSettings(int maxWords, int threads) {

    public AnalysisSettings {
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
    }

    /** 20,000 words, one thread per core. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(20_000, Runtime.getRuntime().availableProcessors());
    }

    public AnalysisSettings withThreads(int threads) {
        return new AnalysisSettings(maxWords, threads);
    }
}

package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.model.ArticleAnalysis;

/**
 * The documents of each DUC 2004 topic as the product reads them: every line of the storyline file
 * ({@code duc2004_dev.jsonl}) extracted and analysed as {@code analyze} does, with sentences and tokens
 * (the story stage reads them), cached in {@code bench/target/cache}; grouped by topic, the summaries'
 * topic ids ({@code d30001} for the file's {@code d30001t}). A document in two topics is in both.
 */
final class DucTopics {

    static final Path CACHE = Path.of("bench/target/cache/duc2004-dev-full-analyses.jsonl");
    static final Path EMBEDDINGS = Path.of("bench/target/cache/duc2004-dev-minilm.bin");

    final Map<String, List<ArticleAnalysis>> byTopic;
    final ArticleProfiler profiler;

    private DucTopics(Map<String, List<ArticleAnalysis>> byTopic, ArticleProfiler profiler) {
        this.byTopic = byTopic;
        this.profiler = profiler;
    }

    static DucTopics load(Path shared) throws Exception {
        Path jsonl = shared.resolve(DucDoc.DEV);
        List<DucDoc> docs = DucDoc.read(jsonl);
        Map<String, ArticleAnalysis> byLine = LineAnalyses.full(jsonl,
                LineAnalyses.idsByLine(jsonl, docs.stream().map(DucDoc::id).toList()), CACHE);
        Map<String, List<ArticleAnalysis>> byTopic = new LinkedHashMap<>();
        for (DucDoc d : docs) {
            ArticleAnalysis a = byLine.get(d.id());
            if (a != null) {
                byTopic.computeIfAbsent(summaryTopic(d.topic()), k -> new ArrayList<>()).add(a);
            }
        }
        EmbeddingCache cache = new EmbeddingCache(EMBEDDINGS);
        ArticleProfiler profiler = new ArticleProfiler(cache.over(new MiniLmEmbedder()));
        byTopic.values().forEach(list -> list.forEach(profiler::profile));
        cache.save();
        return new DucTopics(new HashMap<>(byTopic), profiler);
    }

    /** {@code d30001t} to {@code d30001}. */
    static String summaryTopic(String clusteringTopic) {
        return clusteringTopic.endsWith("t") ? clusteringTopic.substring(0, clusteringTopic.length() - 1) : clusteringTopic;
    }
}

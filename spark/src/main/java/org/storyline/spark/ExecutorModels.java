package org.storyline.spark;

import org.storyline.core.AnalysisSettings;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.story.StoryAssembler;

/**
 * The pipeline's stages, made once per executor JVM on first use and shared by every task that runs in
 * it: CoreNLP's models and the MiniLM embedder take seconds and hundreds of megabytes to load, so they
 * must never be loaded per record or per partition. Every stage here is thread-safe, as an executor runs
 * several tasks at once.
 */
final class ExecutorModels {

    private static Pipeline pipeline;
    private static ArticleAnalyzer analyzer;
    private static ArticleProfiler profiler;
    private static NearDuplicateDetector fingerprints;
    private static StoryAssembler assembler;

    private ExecutorModels() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    /** The analyzer; tasks call {@link ArticleAnalyzer#analyze} themselves, Spark's cores are the workers. */
    static synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer(new CoreNlpAnnotator(), AnalysisSettings.defaults().withThreads(1));
        }
        return analyzer;
    }

    static synchronized ArticleProfiler profiler() {
        if (profiler == null) {
            profiler = new ArticleProfiler(new MiniLmEmbedder());
        }
        return profiler;
    }

    /** A detector used only for its stateless, thread-safe parts: fingerprints and bucket keys. */
    static synchronized NearDuplicateDetector fingerprints() {
        if (fingerprints == null) {
            fingerprints = new NearDuplicateDetector();
        }
        return fingerprints;
    }

    static synchronized StoryAssembler assembler() {
        if (assembler == null) {
            assembler = new StoryAssembler();
        }
        return assembler;
    }
}

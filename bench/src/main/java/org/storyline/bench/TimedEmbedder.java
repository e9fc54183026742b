package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.storyline.core.cluster.Embedder;

/**
 * An embedder whose CPU time {@link AnalysisStages} charges apart from the rest of the profile: the whole
 * process's while it runs (ONNX Runtime may run the model on threads of its own) and the calling thread's.
 * For one thread.
 */
final class TimedEmbedder implements Embedder {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Embedder inner;
    long processNanos;
    long threadNanos;

    TimedEmbedder(Embedder inner) {
        this.inner = inner;
    }

    @Override
    public float[] embed(String text) {
        long process = AnalysisThroughput.processCpuNanos();
        long thread = THREADS.getCurrentThreadCpuTime();
        try {
            return inner.embed(text);
        } finally {
            processNanos += AnalysisThroughput.processCpuNanos() - process;
            threadNanos += THREADS.getCurrentThreadCpuTime() - thread;
        }
    }
}

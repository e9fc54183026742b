package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.core.ingest.DocumentSink;
import org.storyline.core.ingest.Ingestor;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * Ingest throughput on one thread: files read, decompressed, sniffed, decoded and hashed into raw
 * documents, no extraction. Defaults to the HTML evaluation sets under {@code ../shared/eval/extraction}
 * (gzipped real news pages), skipped when they are absent.
 *
 * <pre>bench/run IngestSpeed [PATH...]</pre>
 */
public final class IngestSpeed {

    private static final int WARMUP_PASSES = 1;
    private static final int TIMED_PASSES = 3;

    private IngestSpeed() {
    }

    public static void main(String[] args) {
        List<Path> inputs = new ArrayList<>();
        if (args.length == 0) {
            Path shared = Path.of(System.getProperty("storyline.shared", "../shared"));
            inputs.add(shared.resolve(NewspaperEval.DATASET).resolve("html"));
            inputs.add(shared.resolve("eval/extraction/trafilatura_eval/html"));
        } else {
            for (String arg : args) {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.stream().noneMatch(Files::exists)) {
            System.out.println("IngestSpeed: skipped, no input at " + inputs);
            return;
        }
        Ingestor ingestor = new Ingestor();
        Tally tally = null;
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            tally = pass(ingestor, inputs);
        }
        // thread CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            tally = pass(ingestor, inputs);
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - startCpu);
        }
        double seconds = best / 1e9;
        double cpuSeconds = bestCpu / 1e9;
        System.out.printf(Locale.ROOT, "IngestSpeed: %d documents (%.1f MB of decoded text) from %s%n",
                tally.documents, tally.chars / 1e6, inputs);
        System.out.printf(Locale.ROOT, "  best of %d passes on one thread: wall %.2f s = %.0f documents/s, %.1f MB/s of text%n",
                TIMED_PASSES, seconds, tally.documents / seconds, tally.chars / 1e6 / seconds);
        System.out.printf(Locale.ROOT, "  thread CPU time %.2f s = %.0f documents/s, %.1f MB/s of text per core%n",
                cpuSeconds, tally.documents / cpuSeconds, tally.chars / 1e6 / cpuSeconds);
        System.out.printf("  problems: %d %s%n", tally.problems.size(), tally.reasons());
    }

    private static Tally pass(Ingestor ingestor, List<Path> inputs) {
        Tally tally = new Tally();
        ingestor.read(inputs.stream().filter(Files::exists).toList(), tally);
        return tally;
    }

    private static final class Tally implements DocumentSink {
        int documents;
        long chars;
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void document(RawDocument document) {
            documents++;
            chars += document.content().length();
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }

        Map<String, Integer> reasons() {
            Map<String, Integer> counts = new TreeMap<>();
            problems.forEach(p -> counts.merge(p.reason().split(":")[0], 1, Integer::sum));
            return counts;
        }
    }
}

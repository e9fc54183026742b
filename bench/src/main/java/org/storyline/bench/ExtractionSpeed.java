package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.storyline.core.extract.HtmlArticleExtractor;

/**
 * HTML extraction speed in the main thread's CPU time, steadier than {@link ExtractionEval}'s wall-clock pages/s on a
 * shared machine:
 * <pre>bench/run ExtractionSpeed [sharedDir] [passes]     (default ../shared, 12)</pre>
 * Parses and extracts the newspaper4k pages, one at a time, {@code passes} times over, and prints each pass's pages per
 * CPU-second and the median of the passes after the first three (the JIT's warm-up). Only the core's public extractor is
 * used, so the class can time another build's core: put its {@code bench/target/lib} jars after this build's
 * {@code bench/target/classes} on the class path. Prints a skip line when the data is absent.
 */
public final class ExtractionSpeed {

    private static final int WARM_UP_PASSES = 3;

    private ExtractionSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared").resolve(NewspaperEval.DATASET);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        if (!Files.isDirectory(dataset)) {
            System.out.println("ExtractionSpeed: skipped, no evaluation data under " + dataset);
            return;
        }
        List<NewspaperEval.Case> cases = NewspaperEval.load(dataset);
        var extractor = new HtmlArticleExtractor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var warm = new ArrayList<Double>();
        for (int pass = 1; pass <= passes; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (NewspaperEval.Case c : cases) {
                NewspaperEval.extract(extractor, c);
            }
            double rate = cases.size() / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            System.out.printf("pass %d: %.1f pages per CPU-second%n", pass, rate);
            if (pass > WARM_UP_PASSES) {
                warm.add(rate);
            }
        }
        if (!warm.isEmpty()) {
            Collections.sort(warm);
            System.out.printf("%d pages, median of passes %d-%d: %.1f pages per CPU-second%n", cases.size(),
                    WARM_UP_PASSES + 1, passes, warm.get(warm.size() / 2));
        }
    }
}

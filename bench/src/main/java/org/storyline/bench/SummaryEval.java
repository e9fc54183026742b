package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** See the class comment once complete. */
public final class SummaryEval {

    public static void main(String[] args) throws Exception {
        boolean reportOnly = Arrays.asList(args).contains("--report-only");
        String[] paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        Path shared = Path.of(paths.length > 0 ? paths[0] : "../shared");
        Path dir = shared.resolve(DucSummaries.DEV);
        if (!Files.isDirectory(dir)) {
            System.out.println("SummaryEval: skipped, " + dir + " is absent");
            return;
        }
        DucSummaries duc = DucSummaries.read(dir);
        boolean rougeOk = RougeCheck.check(duc, new RougeN());
        System.out.println(rougeOk ? "ROUGE check PASS" : "ROUGE check FAIL");
    }
}

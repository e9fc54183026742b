package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.storyline.core.AnalysisOutcome;
import org.storyline.core.AnalysisRun;
import org.storyline.core.AnalysisSettings;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.RunReport;
import org.storyline.core.model.Article;
import org.storyline.core.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline analyze-article PATH...}: each input's articles extracted, then analyzed on all cores:
 * their people, organisations and places, who said what, and the numbers they report.
 */
@Command(name = "analyze-article",
        mixinStandardHelpOptions = true,
        description = {"Analyzes news articles: entities with roles, quotes with speakers, numeric claims.",
                "Reads the same inputs as 'extract'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted and analyzed", "1:usage error",
                "2:some inputs failed (listed at the end)"})
final class AnalyzeArticleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (folders are read in name order)")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (readable) or jsonl (one ArticleAnalysis a line); default: ${DEFAULT-VALUE}")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the analyses to FILE instead of standard output")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads; default: one per core")
    private Integer threads;

    private final Pipeline pipeline;
    private final Function<AnalysisSettings, ArticleAnalyzer> analyzers;

    AnalyzeArticleCommand(Pipeline pipeline, Function<AnalysisSettings, ArticleAnalyzer> analyzers) {
        this.pipeline = pipeline;
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            err.println("storyline: --threads must be at least 1");
            return StorylineCli.USAGE;
        }
        PrintWriter analyses;
        try {
            analyses = out == null ? spec.commandLine().getOut()
                    : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("storyline: cannot write --out " + out + ": " + e.getMessage());
            return StorylineCli.USAGE;
        }
        AnalysisSettings settings = threads == null ? AnalysisSettings.defaults() : AnalysisSettings.defaults().withThreads(threads);
        AnalysisTally tally = new AnalysisTally(err);
        RunReport report;
        long start = System.nanoTime();
        try (AnalysisRun run = analyzers.apply(settings).start(outcome -> {
            tally.add(outcome);
            if (format == OutputFormat.JSONL) {
                analyses.println(AnalysisJson.line(outcome.analysis()));
            } else {
                AnalysisText.write(outcome, analyses);
            }
            analyses.flush();
        })) {
            report = pipeline.extract(paths, new RunListener() {
                @Override
                public void article(Article article) {
                    run.submit(article);
                }
            });
        }
        if (out != null) {
            analyses.close();
        }
        boolean written = !analyses.checkError();
        RunSummary.print(report, err);
        tally.summarize((System.nanoTime() - start) / 1e9);
        if (!written) {
            err.println("storyline: writing the analyses failed (disk full, or the output closed)");
            return StorylineCli.SOME_FAILED;
        }
        return report.allSucceeded() && tally.failures() == 0 ? StorylineCli.OK : StorylineCli.SOME_FAILED;
    }

    /** Counts and progress lines on stderr as analyses come in. */
    private static final class AnalysisTally {

        private final PrintWriter err;
        private int articles;
        private int entities;
        private int quotes;
        private int claims;
        private int noted;
        private int failures;

        AnalysisTally(PrintWriter err) {
            this.err = err;
        }

        void add(AnalysisOutcome outcome) {
            articles++;
            entities += outcome.analysis().entities().size();
            quotes += outcome.analysis().quotes().size();
            claims += outcome.analysis().claims().size();
            noted += outcome.notes().isEmpty() ? 0 : 1;
            failures += outcome.failures().size();
            err.printf("storyline: analyzed %d: %s (%d entities, %d quotes, %d claims)%n", articles,
                    outcome.analysis().article().source(), outcome.analysis().entities().size(),
                    outcome.analysis().quotes().size(), outcome.analysis().claims().size());
            for (Problem p : outcome.notes()) {
                err.println("  note: " + p);
            }
            for (Problem p : outcome.failures()) {
                err.println("  FAILED: " + p);
            }
            err.flush();
        }

        int failures() {
            return failures;
        }

        void summarize(double seconds) {
            err.printf("storyline: analyzed %d article%s in %.1f s: %d entities, %d quotes, %d claims;"
                            + " %d with notes; %d stage failure%s%n",
                    articles, articles == 1 ? "" : "s", seconds, entities, quotes, claims, noted,
                    failures, failures == 1 ? "" : "s");
            err.flush();
        }
    }
}

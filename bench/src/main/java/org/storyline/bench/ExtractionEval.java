package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.extract.HtmlArticleExtractor;

/**
 * HTML extraction quality and speed, against {@code eval/extraction} in the shared data folder:
 * <pre>bench/run ExtractionEval [sharedDir] [--report-only] [--no-readability]     (default ../shared)</pre>
 * Prints main-text precision/recall/F1 (4-token shingles) for Storyline and Mozilla Readability on the
 * newspaper4k set, title/date/author rates, the trafilatura snippet shares and pages/s on one thread.
 * Exits 1 when a bar is missed, 0 with a skip line when the data is absent. {@code --report-only} prints
 * everything and exits 0 even when a bar is missed; {@code --no-readability} skips the Readability baseline
 * (and so the comparison bar), for fast iteration on Storyline alone.
 */
public final class ExtractionEval {

    static final double BODY_F1_BAR = 0.93;
    static final double TITLE_BAR = 0.90;
    static final double DATE_BAR = 0.85;
    static final double AUTHOR_BAR = 0.75;
    static final double SNIPPET_BAR = 0.85;

    private ExtractionEval() {
    }

    public static void main(String[] args) throws Exception {
        var flags = new java.util.HashSet<String>();
        String sharedArg = "../shared";
        for (String arg : args) {
            if (arg.startsWith("--")) {
                flags.add(arg);
            } else {
                sharedArg = arg;
            }
        }
        boolean reportOnly = flags.remove("--report-only");
        boolean withReadability = !flags.remove("--no-readability");
        if (!flags.isEmpty()) {
            System.err.println("ExtractionEval: unknown option(s) " + flags
                    + "; usage: ExtractionEval [sharedDir] [--report-only] [--no-readability]");
            System.exit(2);
        }
        Path shared = Path.of(sharedArg);
        Path newspaper = shared.resolve(NewspaperEval.DATASET);
        Path trafilatura = shared.resolve("eval/extraction/trafilatura_eval");
        if (!Files.isDirectory(newspaper) || !Files.isDirectory(trafilatura)) {
            System.out.println("ExtractionEval: skipped, no evaluation data under " + shared.resolve("eval/extraction"));
            return;
        }
        var extractor = new HtmlArticleExtractor();
        var missed = new ArrayList<String>();

        List<NewspaperEval.Case> cases = NewspaperEval.load(newspaper);
        NewspaperEval.Outcome ours = NewspaperEval.run(cases, extractor);
        double ourF1 = ShingleOverlap.f1(ours.body().precision(), ours.body().recall());
        System.out.printf("newspaper4k set, %d pages (4-token shingles, per-page P and R averaged)%n", cases.size());
        System.out.printf("  storyline    body P %.4f  R %.4f  F1 %.4f%n", ours.body().precision(), ours.body().recall(), ourF1);

        var pages = new ArrayList<ReadabilityBaseline.Page>();
        cases.forEach(c -> pages.add(new ReadabilityBaseline.Page(c.id(), c.url(), c.html())));
        double theirF1 = Double.NaN;
        double theirSpeed = Double.NaN;
        if (!withReadability) {
            System.out.println("  readability  skipped (--no-readability); the comparison bar is not checked");
        } else {
            try {
                Map<String, ReadabilityBaseline.Result> theirs = ReadabilityBaseline.run(pages);
                var scores = new ArrayList<ShingleOverlap.Score>();
                double millis = 0;
                for (NewspaperEval.Case c : cases) {
                    ReadabilityBaseline.Result r = theirs.get(c.id());
                    scores.add(ShingleOverlap.score(r == null ? "" : r.text(), c.text()));
                    millis += r == null ? 0 : r.millis();
                }
                ShingleOverlap.Score avg = ShingleOverlap.average(scores);
                theirF1 = ShingleOverlap.f1(avg.precision(), avg.recall());
                theirSpeed = cases.size() / (millis / 1000);
                System.out.printf("  readability  body P %.4f  R %.4f  F1 %.4f%n", avg.precision(), avg.recall(), theirF1);
            } catch (Exception e) {
                System.out.println("  readability  not run: " + e.getMessage());
                missed.add("Readability baseline could not run, so the comparison bar cannot be checked");
            }
        }
        check(missed, "body F1", ourF1, BODY_F1_BAR);
        if (!Double.isNaN(theirF1) && ourF1 < theirF1) {
            missed.add(String.format("body F1 %.4f below Readability's %.4f", ourF1, theirF1));
        }
        System.out.printf("  title exact match %.4f  date match %.4f  author recall %.4f%n",
                ours.titleRate(), ours.dateRate(), ours.authorRecall());
        check(missed, "title exact match", ours.titleRate(), TITLE_BAR);
        check(missed, "date match", ours.dateRate(), DATE_BAR);
        check(missed, "author recall", ours.authorRecall(), AUTHOR_BAR);

        SnippetEval.Outcome snippets = SnippetEval.run(trafilatura, extractor);
        System.out.printf("trafilatura set, %d pages%n", snippets.pages());
        System.out.printf("  'with' snippets found %.4f (%d/%d)  'without' snippets absent %.4f (%d/%d)%n",
                snippets.withRate(), snippets.withFound(), snippets.withTotal(),
                snippets.withoutRate(), snippets.withoutAbsent(), snippets.withoutTotal());
        check(missed, "'with' snippets found", snippets.withRate(), SNIPPET_BAR);
        check(missed, "'without' snippets absent", snippets.withoutRate(), SNIPPET_BAR);

        System.out.printf("speed on the newspaper4k HTML, one thread, parse + extract:%n");
        System.out.printf("  storyline    %.1f pages/s (first pass %.1f pages/s)%n", ours.warmPagesPerSecond(), ours.firstPassPagesPerSecond());
        if (withReadability) {
            System.out.printf("  readability  %.1f pages/s%n", theirSpeed);
        }

        if (!missed.isEmpty()) {
            missed.forEach(m -> System.out.println("BAR MISSED: " + m));
            System.exit(reportOnly ? 0 : 1);
        }
        System.out.println("ExtractionEval: all bars met");
    }

    private static void check(List<String> missed, String what, double value, double bar) {
        if (value < bar) {
            missed.add(String.format("%s %.4f below %.2f", what, value, bar));
        }
    }
}

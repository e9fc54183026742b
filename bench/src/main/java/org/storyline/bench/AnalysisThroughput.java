package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.storyline.core.AnalysisOutcome;
import org.storyline.core.AnalysisRun;
import org.storyline.core.AnalysisSettings;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ByFormatExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.ingest.DocumentSink;
import org.storyline.core.ingest.Ingestor;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;
import org.storyline.core.model.Sentence;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.nlp.DateSource;
import org.storyline.core.nlp.NlpSettings;

/**
 * Articles/s and tokens/s of the whole per-article analysis, extraction through claims, on all cores,
 * and the peak heap: {@code bench/run AnalysisThroughput [--limit N] [--threads N] [--nlp default|sutime|no-dates|no-numbers] [PATH...]}.
 * {@code --nlp} runs dates by SUTime instead of Storyline's rules, no dates, or no numeric classifier either, to weigh their cost.
 *
 * <p>Documents are read into memory first (reading files is not analysis); then each is extracted on the
 * calling thread and analyzed on the worker pool, as {@code storyline analyze-article} does. The first
 * {@value #WARM_UP} documents load the models and warm the JIT and are timed apart. With no PATH it reads
 * PolNeAR's texts ({@code ../shared/eval/quotes/polnear}, about 750 words an article on average), and
 * prints a skip line when they are absent. Exits 0: speed depends on the machine, so the target is
 * reported, not enforced. It also prints the process's CPU time, so a run on a busy machine still says what
 * the analysis costs: articles per CPU-second, times the cores, is the rate on the same cores left idle.
 * That CPU time is split by thread ({@link ThreadCpu}): in a run this short the JIT compiler's share is
 * about as large as the workers', so the figure is the cost of a short run, not of a long one (for that,
 * see {@link AnalysisStages}).
 */
public final class AnalysisThroughput {

    private static final int WARM_UP = 10;
    private static final double TARGET_ARTICLES_PER_SECOND = 5;

    public static void main(String[] args) {
        int limit = 200;
        String nlp = "default";
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--nlp" -> nlp = args[++i];
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            Path polnear = Path.of(System.getProperty("storyline.shared", "../shared"), "eval", "quotes", "polnear",
                    "polnear_train_dev.jsonl");
            if (!Files.isRegularFile(polnear)) {
                System.out.println("AnalysisThroughput: skipped, no input given and " + polnear + " absent");
                return;
            }
            paths.add(polnear);
        }
        List<RawDocument> documents = read(paths, limit + WARM_UP);
        if (documents.size() <= WARM_UP) {
            System.out.println("AnalysisThroughput: skipped, only " + documents.size() + " documents in " + paths);
            return;
        }
        ArticleExtractor extractor = new ByFormatExtractor(new HtmlArticleExtractor(), new TextArticleExtractor());
        NlpSettings defaults = NlpSettings.defaults();
        NlpSettings nlpSettings = switch (nlp) {
            case "sutime" -> new NlpSettings(defaults.nerModel(), defaults.numbers(), DateSource.SUTIME, defaults.maxSentenceTokens());
            case "no-dates" -> new NlpSettings(defaults.nerModel(), defaults.numbers(), DateSource.NONE, defaults.maxSentenceTokens());
            case "no-numbers" -> new NlpSettings(defaults.nerModel(), false, DateSource.NONE, defaults.maxSentenceTokens());
            default -> defaults;
        };
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new CoreNlpAnnotator(nlpSettings), AnalysisSettings.defaults().withThreads(threads));
        Tally warm = run(analyzer, extractor, documents.subList(0, WARM_UP));
        Tally timed = run(analyzer, extractor, documents.subList(WARM_UP, documents.size()));
        double seconds = timed.nanos / 1e9;
        double perSecond = timed.articles / seconds;
        System.out.printf("AnalysisThroughput: %d articles (avg %.0f words, %.0f tokens) from %s on %d threads%n",
                timed.articles, timed.words / (double) timed.articles, timed.tokens.get() / (double) timed.articles,
                paths, threads);
        System.out.printf("  nlp: %s %s%n", nlp, nlpSettings);
        System.out.printf("  JVM: %s, %d cores, max heap %.1f GiB%n", ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        System.out.printf("  model load + warm-up: %.1f s for %d articles%n", warm.nanos / 1e9, warm.articles);
        System.out.printf("  analysis: %.1f s -> %.2f articles/s, %.0f tokens/s (extraction through claims)%n",
                seconds, perSecond, timed.tokens.get() / seconds);
        System.out.printf("  found: %d entities, %d quotes, %d claims; %d not extracted; %d with notes; %d stage failures%n",
                timed.entities.get(), timed.quotes.get(), timed.claims.get(), timed.notExtracted, timed.noted.get(),
                timed.failures.get());
        double cpuSeconds = timed.cpuNanos / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("  CPU time: %.1f s (%.2f of %d cores busy) -> %.2f articles per CPU-second;"
                        + " on %d otherwise idle cores that is %.2f articles/s%n",
                cpuSeconds, cpuSeconds / seconds, cores, timed.articles / cpuSeconds, threads,
                timed.articles / cpuSeconds * Math.min(threads, cores));
        if (!timed.cpuByThread.isEmpty()) {
            StringBuilder kinds = new StringBuilder();
            timed.cpuByThread.forEach((kind, s) -> kinds.append(String.format(", %s %.1f s", kind, s)));
            System.out.printf("  CPU time by thread: %s%n", kinds.substring(2));
        }
        System.out.printf("  load average at the end: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  peak heap: %.2f GiB%n", peakHeap() / (double) (1L << 30));
        System.out.printf("  target >= %.0f articles/s: %s%n", TARGET_ARTICLES_PER_SECOND,
                perSecond >= TARGET_ARTICLES_PER_SECOND ? "met" : "MISSED");
    }

    /** The first {@code limit} distinct documents (PolNeAR repeats a text once per annotator). */
    static List<RawDocument> read(List<Path> paths, int limit) {
        List<RawDocument> documents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        new Ingestor().read(paths, new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                if (documents.size() < limit && seen.add(document.id())) {
                    documents.add(document);
                }
            }

            @Override
            public void problem(Problem problem) {
            }
        });
        return documents;
    }

    private static Tally run(ArticleAnalyzer analyzer, ArticleExtractor extractor, List<RawDocument> documents) {
        Tally tally = new Tally();
        long cpuStart = processCpuNanos();
        ThreadCpu.Snapshot threadsStart = ThreadCpu.snapshot();
        long start = System.nanoTime();
        try (AnalysisRun run = analyzer.start(tally::add)) {
            for (RawDocument document : documents) {
                try {
                    var article = extractor.extract(document);
                    tally.words += article.text().split("\\s+").length;
                    run.submit(article);
                } catch (ExtractionException e) {
                    tally.notExtracted++;
                }
            }
            tally.allSubmitted(documents.size() - tally.notExtracted);
        }
        tally.nanos = System.nanoTime() - start;
        tally.cpuNanos = processCpuNanos() - cpuStart;
        tally.cpuByThread = ThreadCpu.since(threadsStart, tally.threadsEnd == null ? ThreadCpu.snapshot() : tally.threadsEnd,
                tally.cpuNanos / 1e9);
        return tally;
    }

    /** CPU time of the whole process, all threads, GC and JIT included: what the run cost, whatever else ran. */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts of one run; {@code add} is called on the submitting thread, as is everything else. */
    private static final class Tally {
        long nanos;
        long cpuNanos;
        Map<String, Double> cpuByThread = Map.of();
        int submitted = -1;
        ThreadCpu.Snapshot threadsEnd;
        int articles;
        long words;
        int notExtracted;
        final AtomicLong tokens = new AtomicLong();
        final AtomicLong entities = new AtomicLong();
        final AtomicLong quotes = new AtomicLong();
        final AtomicLong claims = new AtomicLong();
        final AtomicLong noted = new AtomicLong();
        final AtomicLong failures = new AtomicLong();

        void add(AnalysisOutcome outcome) {
            articles++;
            for (Sentence s : outcome.analysis().annotated().sentences()) {
                tokens.addAndGet(s.tokens().size());
            }
            entities.addAndGet(outcome.analysis().entities().size());
            quotes.addAndGet(outcome.analysis().quotes().size());
            claims.addAndGet(outcome.analysis().claims().size());
            noted.addAndGet(outcome.notes().isEmpty() ? 0 : 1);
            failures.addAndGet(outcome.failures().size());
            lastOutcome();
        }

        void allSubmitted(int count) {
            submitted = count;
            lastOutcome();
        }

        /** The workers' CPU time is read with the last outcome, while they are still alive. */
        private void lastOutcome() {
            if (articles == submitted && threadsEnd == null) {
                threadsEnd = ThreadCpu.snapshot();
            }
        }
    }
}

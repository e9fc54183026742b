package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.storyline.core.claims.ClaimFinder;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ByFormatExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.RawDocument;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.nlp.NlpSettings;
import org.storyline.core.nlp.PipelineProperties;
import org.storyline.core.quotes.QuoteFinder;

/**
 * Where the per-article CPU goes, stage by stage: {@code bench/run AnalysisStages [--warm-up N] [--limit N]
 * [PATH...]}. One thread runs every stage of the per-article path in turn (extraction, the nlp stage,
 * entities, quotes, claims, the cluster profile with its embedding) and each is charged the CPU time of
 * that thread, so the figures hold on a busy machine. The nlp stage is split further: each CoreNLP
 * annotator is run again on its own over the same text, and what {@link CoreNlpAnnotator} adds (its own
 * numbers and dates, the conversion to the model's records) is the rest. The first {@code --warm-up}
 * articles (default 40) are run untimed, so the JIT has compiled the hot code; compile time is what
 * {@code AnalysisThroughput} shows. With no PATH it reads PolNeAR's texts, as {@code AnalysisThroughput}
 * does.
 */
public final class AnalysisStages {

    private static final String[] CORENLP = PipelineProperties.of(NlpSettings.defaults()).getProperty("annotators").split(",");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ArticleExtractor extractor = new ByFormatExtractor(new HtmlArticleExtractor(), new TextArticleExtractor());
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    private final EntityResolver entities = new EntityResolver();
    private final QuoteFinder quotes = new QuoteFinder();
    private final ClaimFinder claims = new ClaimFinder();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final TimedEmbedder embedder = new TimedEmbedder(new MiniLmEmbedder());
    private final ArticleProfiler profiler = new ArticleProfiler(embedder);
    private final StanfordCoreNLP[] alone = new StanfordCoreNLP[CORENLP.length];
    private long tokens;

    private AnalysisStages() {
        for (int i = 0; i < CORENLP.length; i++) {
            Properties p = PipelineProperties.of(annotator.settings());
            p.setProperty("annotators", CORENLP[i]);
            alone[i] = new StanfordCoreNLP(p, false);
        }
    }

    public static void main(String[] args) {
        int warmUp = 40;
        int limit = 100;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            Path polnear = Path.of(System.getProperty("storyline.shared", "../shared"), "eval", "quotes", "polnear",
                    "polnear_train_dev.jsonl");
            if (!Files.isRegularFile(polnear)) {
                System.out.println("AnalysisStages: skipped, no input given and " + polnear + " absent");
                return;
            }
            paths.add(polnear);
        }
        List<RawDocument> documents = AnalysisThroughput.read(paths, warmUp + limit);
        if (documents.size() <= warmUp) {
            System.out.println("AnalysisStages: skipped, only " + documents.size() + " documents in " + paths);
            return;
        }
        AnalysisStages stages = new AnalysisStages();
        stages.runAll(documents.subList(0, warmUp));
        stages.nanos.clear();
        stages.tokens = 0;
        int timed = stages.runAll(documents.subList(warmUp, documents.size()));
        stages.print(timed, paths);
    }

    private int runAll(List<RawDocument> documents) {
        int analyzed = 0;
        for (RawDocument document : documents) {
            Article article = charge("extract", () -> extracted(document));
            if (article != null) {
                analyze(article);
                analyzed++;
            }
        }
        return analyzed;
    }

    private Article extracted(RawDocument document) {
        try {
            return extractor.extract(document);
        } catch (ExtractionException e) {
            return null;
        }
    }

    private void analyze(Article article) {
        AnnotatedArticle annotated = charge("nlp (all)", () -> annotator.annotate(article));
        annotated.sentences().forEach(s -> tokens += s.tokens().size());
        coreNlpAlone(article);
        List<Entity> found = charge("entities", () -> entities.resolve(annotated));
        var said = charge("quotes", () -> quotes.find(annotated, found));
        var numbers = charge("claims", () -> claims.find(annotated, found));
        long embedBefore = embedder.processNanos;
        long embedThreadBefore = embedder.threadNanos;
        long start = THREADS.getCurrentThreadCpuTime();
        profiler.profile(new ArticleAnalysis(annotated, found, said, numbers));
        long embedding = embedder.processNanos - embedBefore;
        long rest = THREADS.getCurrentThreadCpuTime() - start - (embedder.threadNanos - embedThreadBefore);
        nanos.merge("profile: embedding", embedding, Long::sum);
        nanos.merge("profile (all)", embedding + rest, Long::sum);
    }

    /** Each CoreNLP annotator on its own, in pipeline order, over the text the annotator was given. */
    private void coreNlpAlone(Article article) {
        Annotation document = new Annotation(article.text());
        if (article.published() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
        }
        for (int i = 0; i < CORENLP.length; i++) {
            StanfordCoreNLP one = alone[i];
            charge("nlp: corenlp " + CORENLP[i], () -> {
                one.annotate(document);
                return null;
            });
        }
    }

    private <T> T charge(String stage, Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, THREADS.getCurrentThreadCpuTime() - start, Long::sum);
        }
    }

    private void print(int articles, List<Path> paths) {
        long corenlp = nanos.entrySet().stream().filter(e -> e.getKey().startsWith("nlp: corenlp"))
                .mapToLong(Map.Entry::getValue).sum();
        nanos.put("nlp: Storyline's numbers, dates, records", nanos.getOrDefault("nlp (all)", 0L) - corenlp);
        nanos.put("profile: keywords, names, dates", nanos.getOrDefault("profile (all)", 0L)
                - nanos.getOrDefault("profile: embedding", 0L));
        long total = nanos.getOrDefault("extract", 0L) + nanos.getOrDefault("nlp (all)", 0L) + nanos.getOrDefault("entities", 0L)
                + nanos.getOrDefault("quotes", 0L) + nanos.getOrDefault("claims", 0L) + nanos.getOrDefault("profile (all)", 0L);
        System.out.printf("AnalysisStages: %d articles (%.0f tokens on average) from %s, one thread, after a warm-up%n",
                articles, tokens / (double) articles, paths);
        System.out.printf("  %-42s %10s %8s %8s%n", "stage", "CPU ms/art", "share", "art/CPU-s");
        List<String> stages = new ArrayList<>(List.of("extract", "nlp (all)"));
        for (String name : CORENLP) {
            stages.add("nlp: corenlp " + name);
        }
        stages.addAll(List.of("nlp: Storyline's numbers, dates, records", "entities", "quotes", "claims", "profile (all)",
                "profile: embedding", "profile: keywords, names, dates"));
        for (String stage : stages) {
            long n = nanos.getOrDefault(stage, 0L);
            System.out.printf("  %-42s %10.2f %7.1f%% %8.1f%n", stage, n / 1e6 / articles, 100.0 * n / total,
                    n == 0 ? 0 : articles / (n / 1e9));
        }
        System.out.printf("  %-42s %10.2f %7.1f%% %8.1f%n", "whole path (extract through profile)", total / 1e6 / articles,
                100.0, articles / (total / 1e9));
    }
}

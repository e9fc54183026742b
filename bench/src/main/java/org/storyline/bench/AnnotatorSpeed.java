package org.storyline.bench;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.nlp.DateSource;
import org.storyline.core.nlp.NlpSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokens/s and articles/s of the {@code nlp} stage alone, per NER configuration, on PolNeAR's dev articles:
 * {@code bench/run AnnotatorSpeed [sharedDir] [threads]}. Used to choose {@link NlpSettings#defaults()}.
 */
public final class AnnotatorSpeed {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path file = shared.resolve("eval/quotes/polnear/polnear_train_dev.jsonl");
        if (!Files.exists(file)) {
            System.out.println("AnnotatorSpeed: skipped, " + file + " absent");
            return;
        }
        List<Article> articles = PolnearDocument.read(file, "dev").stream().map(PolnearDocument::article).toList();
        var configs = List.of(
                new NlpSettings(NlpSettings.CONLL_4CLASS, true, DateSource.SUTIME, 250),
                new NlpSettings(NlpSettings.CONLL_4CLASS, true, DateSource.STORYLINE, 250),
                new NlpSettings(NlpSettings.ALL_3CLASS, true, DateSource.SUTIME, 250));
        for (NlpSettings s : configs) {
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(s);
            annotator.annotate(articles.get(0));
            run(annotator, articles.subList(0, Math.min(10, articles.size())), threads);
            long[] r = run(annotator, articles, threads);
            System.out.printf("%-60s threads=%d articles=%d tokens=%d  %.1f articles/s  %.0f tokens/s%n",
                    s, threads, articles.size(), r[1], articles.size() / (r[0] / 1e9), r[1] / (r[0] / 1e9));
        }
    }

    private static long[] run(CoreNlpAnnotator annotator, List<Article> articles, int threads) throws Exception {
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = articles.stream().map(a -> pool.submit(() -> {
            AnnotatedArticle r = annotator.annotate(a);
            tokens.addAndGet(r.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
        })).<Future<?>>map(f -> f).toList();
        for (Future<?> f : fs) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        return new long[] {elapsed, tokens.get()};
    }
}

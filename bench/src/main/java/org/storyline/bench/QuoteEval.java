package org.storyline.bench;

import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.quotes.QuoteFinder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Quotes and speakers on PolNeAR: {@code bench/run QuoteEval [--report-only] [sharedDir] [split] [coreNlpArticles]}.
 * Scores Storyline's quotes (annotate + entities + quotes) against (a) the direct quotes (gold attributions
 * with a source whose content holds a quotation mark) and (b) every gold attribution with a source; then
 * CoreNLP's own quote attribution on the direct quotes of the first {@code coreNlpArticles} articles
 * (default 10: its coref pipeline is too slow for all of them in CI), with Storyline rescored on the same
 * articles, and articles/s of both on those articles, one thread each. Exits 1 when a bar is missed on the
 * dev split, unless {@code --report-only} is given (it prints the same lines and exits 0, for CI while a bar is
 * not yet met); prints a skip line and exits 0 when the data is absent.
 */
public final class QuoteEval {

    static final double DIRECT_F1 = 0.90;
    static final double DIRECT_SPEAKER = 0.90;
    static final double ALL_F1 = 0.65;
    static final double ALL_SPEAKER = 0.80;
    static final double SPEED_RATIO = 10;

    public static void main(String[] arguments) throws Exception {
        boolean reportOnly = Arrays.asList(arguments).contains("--report-only");
        String[] args = Arrays.stream(arguments).filter(a -> !a.equals("--report-only")).toArray(String[]::new);
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        String split = args.length > 1 ? args[1] : "dev";
        int coreNlpArticles = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path file = shared.resolve("eval/quotes/polnear/polnear_train_dev.jsonl");
        if (!Files.isRegularFile(file)) {
            System.out.println("QuoteEval: skipped, " + file + " absent");
            return;
        }
        List<PolnearDocument> docs = PolnearDocument.read(file, split);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        EntityResolver resolver = new EntityResolver();
        QuoteFinder finder = new QuoteFinder();
        annotator.annotate(docs.get(0).article());

        List<List<PredictedQuote>> ours = new ArrayList<>();
        long[] nanos = new long[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.annotate(docs.get(i).article());
            List<Entity> entities = resolver.resolve(annotated);
            List<Quote> quotes = finder.find(annotated, entities);
            nanos[i] = System.nanoTime() - t0;
            ours.add(quotes.stream().map(q -> new PredictedQuote(q.span(), q.speaker().mention(), q.speaker().name(),
                    q.kind() != QuoteKind.INDIRECT)).toList());
        }
        AttributionScore direct = new AttributionScore();
        AttributionScore all = new AttributionScore();
        for (int i = 0; i < docs.size(); i++) {
            score(docs.get(i), ours.get(i), direct, all);
        }
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d articles%n", split, docs.size());
        System.out.println(direct.line("Storyline (a) direct quotes"));
        System.out.println(all.line("Storyline (b) all attributions"));
        boolean ok = direct.f1() >= DIRECT_F1 && direct.speakerAccuracy() >= DIRECT_SPEAKER
                && all.f1() >= ALL_F1 && all.speakerAccuracy() >= ALL_SPEAKER;

        if (coreNlpArticles > 0) {
            List<PolnearDocument> subset = docs.subList(0, Math.min(coreNlpArticles, docs.size()));
            CoreNlpQuotes coreNlp = new CoreNlpQuotes();
            coreNlp.find(subset.get(0).article());
            AttributionScore theirs = new AttributionScore();
            AttributionScore oursOnSubset = new AttributionScore();
            long theirNanos = 0;
            long ourNanos = 0;
            for (int i = 0; i < subset.size(); i++) {
                long t0 = System.nanoTime();
                List<PredictedQuote> predicted = coreNlp.find(subset.get(i).article());
                theirNanos += System.nanoTime() - t0;
                ourNanos += nanos[i];
                score(subset.get(i), predicted, theirs, new AttributionScore());
                score(subset.get(i), ours.get(i), oursOnSubset, new AttributionScore());
            }
            double ourRate = subset.size() / (ourNanos / 1e9);
            double theirRate = subset.size() / (theirNanos / 1e9);
            System.out.printf(Locale.ROOT, "Side by side on the first %d %s articles (one thread each):%n", subset.size(), split);
            System.out.println(oursOnSubset.line("Storyline (a) direct quotes"));
            System.out.println(theirs.line("CoreNLP quote+attribution (a) direct quotes"));
            System.out.printf(Locale.ROOT, "articles/s: Storyline %.2f (annotate+entities+quotes), CoreNLP %.3f, ratio %.1fx%n",
                    ourRate, theirRate, ourRate / theirRate);
            ok &= oursOnSubset.f1() > theirs.f1() && oursOnSubset.speakerAccuracy() > theirs.speakerAccuracy()
                    && ourRate >= SPEED_RATIO * theirRate;
        }
        if (!split.equals("dev")) {
            return;
        }
        System.out.println(ok ? "QuoteEval: all bars met" : "QuoteEval: a bar was missed (direct F1 >= 0.90, speaker >= 0.90; "
                + "all F1 >= 0.65, speaker >= 0.80; above CoreNLP on direct F1 and speaker; >= 10x its articles/s)");
        if (!ok && reportOnly) {
            System.out.println("QuoteEval: --report-only, exiting 0");
        }
        System.exit(ok || reportOnly ? 0 : 1);
    }

    private static void score(PolnearDocument doc, List<PredictedQuote> predicted, AttributionScore direct, AttributionScore all) {
        String text = doc.article().text();
        List<PolnearDocument.Attribution> sourced = doc.attributions().stream()
                .filter(PolnearDocument.Attribution::hasSource).filter(a -> !a.content().isEmpty()).toList();
        direct.add(text, sourced.stream().filter(PolnearDocument.Attribution::isDirect).toList(),
                predicted.stream().filter(PredictedQuote::direct).toList());
        all.add(text, sourced, predicted);
    }
}

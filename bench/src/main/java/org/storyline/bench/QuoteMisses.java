package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Span;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.quotes.QuoteFinder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Error analysis for tuning the quote rules on PolNeAR's train split:
 * {@code bench/run QuoteMisses sharedDir split limit cacheDir [direct|all]}. Prints each gold attribution no
 * prediction matched, each wrong speaker, and each prediction the score left unmatched (SPLIT when it overlaps
 * a gold content whose piece another prediction took), then the scores. Annotations are cached as JSON in
 * {@code cacheDir} so rule changes are re-scored without re-running CoreNLP.
 */
public final class QuoteMisses {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        List<PolnearDocument> docs = PolnearDocument.read(shared.resolve("eval/quotes/polnear/polnear_train_dev.jsonl"), args[1]);
        docs = docs.subList(0, Math.min(Integer.parseInt(args[2]), docs.size()));
        Path cache = Files.createDirectories(Path.of(args[3]));
        boolean directOnly = args.length > 4 && args[4].equals("direct");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        AttributionScore direct = new AttributionScore();
        AttributionScore all = new AttributionScore();
        for (PolnearDocument doc : docs) {
            Path cached = cache.resolve(doc.article().id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
            AnnotatedArticle annotated;
            if (Files.exists(cached)) {
                annotated = json.readValue(cached.toFile(), AnnotatedArticle.class);
            } else {
                annotated = annotator.annotate(doc.article());
                json.writeValue(cached.toFile(), annotated);
            }
            List<Entity> entities = new EntityResolver().resolve(annotated);
            List<Quote> quotes = new QuoteFinder().find(annotated, entities);
            String text = annotated.text();
            List<PredictedQuote> predicted = quotes.stream().map(q -> new PredictedQuote(q.span(), q.speaker().mention(),
                    q.speaker().name(), q.kind() != QuoteKind.INDIRECT)).toList();
            var sourced = doc.attributions().stream().filter(PolnearDocument.Attribution::hasSource)
                    .filter(a -> !a.content().isEmpty()).filter(a -> !directOnly || a.isDirect()).toList();
            List<PredictedQuote> pool = directOnly ? predicted.stream().filter(PredictedQuote::direct).toList() : predicted;
            boolean[] taken = (directOnly ? direct : all).add(text, sourced, pool);
            report(doc, text, sourced, pool, quotes, taken);
        }
        System.out.println(directOnly ? direct.line("direct") : all.line("all"));
    }

    private static void report(PolnearDocument doc, String text, List<PolnearDocument.Attribution> golds,
                               List<PredictedQuote> predicted, List<Quote> quotes, boolean[] taken) {
        List<Span> goldContent = new ArrayList<>();
        golds.forEach(g -> goldContent.addAll(g.content()));
        for (PolnearDocument.Attribution g : golds) {
            boolean hit = predicted.stream().anyMatch(p -> g.content().stream().anyMatch(c -> overlapsHalf(c, p.content())));
            if (!hit) {
                Span c = g.content().get(0);
                System.out.println("MISS [" + doc.id() + "] src=" + g.source().get(0).of(text) + " | "
                        + flat(g.content().get(0).of(text)) + "\n    in: " + flat(text.substring(Math.max(0, c.begin() - 150), c.begin()))
                        + " [[" + flat(c.of(text)) + "]] " + flat(text.substring(c.end(), Math.min(text.length(), c.end() + 80))));
            }
        }
        for (PolnearDocument.Attribution g : golds) {
            for (PredictedQuote p : predicted) {
                if (g.content().stream().anyMatch(c -> overlapsHalf(c, p.content()))
                        && !AttributionScore.speakerRight(text, g, p)) {
                    String cue = quotes.stream().filter(q -> q.span().equals(p.content())).map(Quote::cue)
                            .findFirst().orElse("?");
                    System.out.println("SPEAKER [" + doc.id() + "] gold=" + g.source().get(0).of(text) + " got="
                            + p.speakerName() + " cue=" + cue + " | " + flat(p.content().of(text)) + "\n    in: "
                            + flat(text.substring(Math.max(0, p.content().begin() - 150), p.content().begin())) + " [[…]] "
                            + flat(text.substring(p.content().end(), Math.min(text.length(), p.content().end() + 100))));
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Span span = predicted.get(i).content();
            Quote q = quotes.stream().filter(x -> x.span().equals(span)).findFirst().orElseThrow();
            // SPLIT: the prediction overlaps a gold content whose piece another prediction already took
            String tag = goldContent.stream().anyMatch(c -> overlapsHalf(c, span)) ? "SPLIT" : "EXTRA";
            System.out.println(tag + " [" + doc.id() + "] " + q.kind() + " spk=" + q.speaker().name() + " cue=" + q.cue()
                    + " | " + flat(q.text()));
        }
    }

    private static boolean overlapsHalf(Span a, Span b) {
        int o = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
        return o * 2 >= Math.min(a.length(), b.length()) && o > 0;
    }

    private static String flat(String s) {
        String f = s.replaceAll("\\s+", " ");
        return f.length() > 160 ? f.substring(0, 160) + "…" : f;
    }
}

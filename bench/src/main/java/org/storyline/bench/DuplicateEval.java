package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.storyline.core.cluster.DuplicateSettings;
import org.storyline.core.cluster.NearDuplicateDetector;

/**
 * Near-duplicate thresholds, measured: {@code bench/run DuplicateEval [sharedDir]}. From each ECB+
 * document of at least six sentences (a sentence per paragraph) it makes five republications: paragraphs
 * shuffled, a new first paragraph (another document's lead), the last half cut, other boilerplate at both
 * ends, and every third paragraph dropped. Each
 * variant goes into a detector holding every document of its gold event, and must be linked to its own
 * original, to the original that one was itself linked to, or to a document whose text is a copy of
 * it (ECB+ holds real wire copies). Negatives: the
 * documents of each event against each other; a link between two whose exact word-4-gram containment
 * is under 0.2 (different reports of the same news) is false. Prints recall and the false-link rate for
 * a range of containment thresholds. Exits 1 when the defaults find under 95% of the variants or
 * falsely link more than 1% of the documents.
 */
public final class DuplicateEval {

    private static final List<String> BOILERPLATE = List.of(
            "Sign up for our daily newsletter and get the headlines in your inbox every morning.",
            "Copyright 2026. All rights reserved. This material may not be published, broadcast or redistributed.",
            "Follow us on social media for the latest updates. Comments are closed for this article.");

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("storyline.shared", "../shared"));
        Path jsonl = shared.resolve("eval/clustering/ecbplus/ecbplus_docs.jsonl");
        if (!Files.isReadable(jsonl)) {
            System.out.println("DuplicateEval: skipped, " + jsonl + " is absent");
            return;
        }
        List<EcbPlusDoc> docs = EcbPlusDoc.read(jsonl).stream()
                .filter(d -> d.text().split("\n").length >= 6).toList();
        Random random = new Random(11);
        Map<String, List<EcbPlusDoc>> byEvent = docs.stream().collect(Collectors.groupingBy(EcbPlusDoc::event));
        System.out.printf("DuplicateEval: %d ECB+ documents of 6+ sentences, 5 variants each; negatives: the other documents of each event%n", docs.size());
        System.out.printf("%-14s %10s %12s%n", "containment", "recall", "false links");
        boolean pass = true;
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            DuplicateSettings d = DuplicateSettings.DEFAULTS;
            DuplicateSettings settings = new DuplicateSettings(d.shingleWords(), d.bands(), d.rowsPerBand(), t,
                    d.minShingles(), d.maxBucket());
            int found = 0;
            int variants = 0;
            int falseLinks = 0;
            int negatives = 0;
            for (List<EcbPlusDoc> event : byEvent.values()) {
                NearDuplicateDetector detector = new NearDuplicateDetector(settings);
                Map<String, EcbPlusDoc> byId = event.stream().collect(Collectors.toMap(EcbPlusDoc::id, x -> x));
                for (EcbPlusDoc doc : event) {
                    negatives++;
                    var original = detector.add(doc.id(), lines(doc));
                    if (original.isPresent() && containment(doc, byId.get(original.get())) < 0.2) {
                        falseLinks++;
                    }
                }
                for (EcbPlusDoc doc : event) {
                    List<List<String>> made = variants(lines(doc), lines(docs.get(random.nextInt(docs.size()))), random);
                    for (int v = 0; v < made.size(); v++) {
                        variants++;
                        var original = detector.add(doc.id() + "#" + v, made.get(v));
                        String o = original.map(id -> id.contains("#") ? id.substring(0, id.indexOf('#')) : id).orElse(null);
                        if (o != null && (o.equals(doc.id()) || o.equals(detector.originalOf(doc.id()).orElse(null))
                                || containment(doc, byId.get(o)) >= 0.8)) {
                            found++;
                        }
                    }
                }
            }
            double recall = (double) found / variants;
            double falseRate = (double) falseLinks / negatives;
            System.out.printf("%-14.2f %10.4f %12.4f%s%n", t, recall, falseRate,
                    t == DuplicateSettings.DEFAULTS.minContainment() ? "   <- default" : "");
            if (t == DuplicateSettings.DEFAULTS.minContainment()) {
                pass = recall >= 0.95 && falseRate <= 0.01;
            }
        }
        System.out.println(pass ? "PASS" : "FAIL");
        if (!pass) {
            System.exit(1);
        }
    }

    /** Exact share of the shorter text's word 4-grams that the other holds. */
    static double containment(EcbPlusDoc a, EcbPlusDoc b) {
        java.util.Set<String> x = grams(a);
        java.util.Set<String> y = grams(b);
        long common = x.stream().filter(y::contains).count();
        return x.isEmpty() || y.isEmpty() ? 0 : (double) common / Math.min(x.size(), y.size());
    }

    private static java.util.Set<String> grams(EcbPlusDoc doc) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : lines(doc)) {
            String[] w = line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
            for (int i = 0; i + 4 <= w.length; i++) {
                out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + 4)));
            }
        }
        return out;
    }

    private static List<String> lines(EcbPlusDoc doc) {
        return List.of(doc.text().split("\n"));
    }

    static List<List<String>> variants(List<String> body, List<String> otherLead, Random random) {
        List<List<String>> out = new ArrayList<>();
        List<String> shuffled = new ArrayList<>(body);
        Collections.shuffle(shuffled, random);
        out.add(shuffled);
        List<String> intro = new ArrayList<>(body);
        intro.set(0, otherLead.get(0));
        out.add(intro);
        out.add(body.subList(0, (body.size() + 1) / 2));
        List<String> site = new ArrayList<>();
        site.add(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
        site.addAll(body.subList(0, body.size() - 1));
        site.add(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
        out.add(site);
        List<String> trimmed = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i % 3 != 2) {
                trimmed.add(body.get(i));
            }
        }
        out.add(trimmed);
        return out;
    }
}

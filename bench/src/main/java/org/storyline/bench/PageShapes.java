package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * Body P and R on the pages in {@code bench/shapes/}: pages this project wrote in the markup of common CMSs and news
 * platforms (WordPress blocks, Arc XP, Brightspot, Drupal, Blogger, Ghost, Medium, AMP, BBC and Guardian style), each
 * with one of issue 14's losses (a list article, a story cut by an embed or a box, teasers or a second story after it, a
 * page of short reflections beside the site's snippets), and beside each its gold ({@code .gold}, one paragraph a line;
 * {@code shapes/gen/} writes both). {@code bench/run PageShapes [dir] [name]}: every page's P and R, the kept lines the
 * gold lacks ({@code +}) and the gold lines not kept ({@code -}) for pages under 0.97, and the average; with a name part,
 * only the pages whose names hold it, each in full. Each page is also read with its class names and ids made meaningless
 * ({@link NamelessMarkup}), as a site the rules have never seen names its boxes. A check of page shapes, not a
 * measurement set.
 */
public final class PageShapes {

    private static final double GOOD = 0.97;

    private PageShapes() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/shapes");
        String only = args.length > 1 ? args[1] : null;
        var extractor = new HtmlArticleExtractor();
        var scores = new ArrayList<ShingleOverlap.Score>();
        var nameless = new ArrayList<ShingleOverlap.Score>();
        List<Path> pages;
        try (var files = Files.list(dir)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            if (only != null && !name.contains(only)) {
                continue;
            }
            String gold = Files.readString(dir.resolve(name + ".gold"));
            String html = Files.readString(page);
            List<String> kept = extract(extractor, name, html);
            ShingleOverlap.Score s = ShingleOverlap.score(String.join("\n", kept), gold);
            scores.add(s);
            ShingleOverlap.Score n = ShingleOverlap.score(String.join("\n",
                    extract(extractor, name, NamelessMarkup.withoutNames(html, url(name)))), gold);
            nameless.add(n);
            System.out.printf("%-40s P %.3f R %.3f   nameless P %.3f R %.3f%n", name, s.precision(), s.recall(),
                    n.precision(), n.recall());
            if (only != null || s.precision() < GOOD || s.recall() < GOOD) {
                List<String> wanted = List.of(gold.split("\n"));
                kept.stream().filter(p -> !wanted.contains(p)).forEach(p -> System.out.println("   + " + p));
                wanted.stream().filter(p -> !kept.contains(p)).forEach(p -> System.out.println("   - " + p));
            }
        }
        ShingleOverlap.Score all = ShingleOverlap.average(scores);
        ShingleOverlap.Score none = ShingleOverlap.average(nameless);
        System.out.printf("nameless markup (NamelessMarkup): body P %.4f  R %.4f  F1 %.4f%n", none.precision(),
                none.recall(), ShingleOverlap.f1(none.precision(), none.recall()));
        System.out.printf("all %d pages  body P %.4f  R %.4f  F1 %.4f%n", scores.size(), all.precision(), all.recall(),
                ShingleOverlap.f1(all.precision(), all.recall()));
    }

    private static List<String> extract(HtmlArticleExtractor extractor, String name, String html) {
        try {
            return extractor.extract(new RawDocument(name, name + ".html", DocumentFormat.HTML, html,
                    new DocumentHints(url(name), null, null, null, null))).paragraphs();
        } catch (ExtractionException e) {
            return List.of();
        }
    }

    private static String url(String name) {
        return "https://www.site.example/2019/11/" + name;
    }
}

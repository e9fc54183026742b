package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;
import org.storyline.core.model.RawDocument;

/**
 * How much the body rules lean on the words a site's markup happens to use: {@code bench/run NamelessMarkup [sharedDir]
 * [pages]} (default ../shared, 25) reads the newspaper4k and trafilatura pages twice, as they are and with every class
 * name, id and {@code data-} attribute replaced by a token that names nothing ("x1f3a"; one class name always gives the
 * same token, as generated CSS does). Standard markup stays: tags, {@code itemprop}, {@code role}, {@code aria-}. Prints
 * body P/R/F1 and the snippet shares of both readings, and the newspaper4k pages that lose the most. A site the rules
 * have never seen names its boxes in words the lists lack; this is that case at its limit. A third reading keeps the
 * names and turns HTML5's sectioning elements ({@code <article>}, {@code <main>}, {@code <aside>}, {@code <nav>},
 * {@code <header>}, {@code <footer>}, {@code <section>}, {@code <figure>}) into {@code <div>}s: an older site, or a
 * theme that marks nothing.
 */
public final class NamelessMarkup {

    private static final List<String> SECTIONING = List.of("article", "main", "aside", "nav", "header", "footer", "section",
            "figure");

    private NamelessMarkup() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path dir = shared.resolve(NewspaperEval.DATASET);
        int shown = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        if (!Files.isDirectory(dir)) {
            System.out.println("NamelessMarkup: skipped, no evaluation data under " + dir);
            return;
        }
        var extractor = new HtmlArticleExtractor();
        ArticleExtractor nameless = d -> extractor.extract(new RawDocument(d.id(), d.source(), d.format(),
                withoutNames(d.content(), d.hints().url()), d.hints()));
        ArticleExtractor untagged = d -> extractor.extract(new RawDocument(d.id(), d.source(), d.format(),
                withoutSectioningTags(d.content(), d.hints().url()), d.hints()));
        var pages = new ArrayList<Page>();
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            pages.add(new Page(c, score(extractor, c), score(nameless, c), score(untagged, c)));
        }
        print("named", pages.stream().map(Page::named).toList());
        print("nameless", pages.stream().map(Page::nameless).toList());
        print("untagged", pages.stream().map(Page::untagged).toList());
        Path snippets = shared.resolve("eval/extraction/trafilatura_eval");
        if (Files.isDirectory(snippets)) {
            print("named", SnippetEval.run(snippets, extractor));
            print("nameless", SnippetEval.run(snippets, nameless));
            print("untagged", SnippetEval.run(snippets, untagged));
        }
        printLosers("without names", pages, Page::nameless, shown);
        printLosers("without sectioning tags", pages, Page::untagged, shown);
    }

    /** One newspaper4k page read the three ways. */
    private record Page(NewspaperEval.Case gold, ShingleOverlap.Score named, ShingleOverlap.Score nameless,
            ShingleOverlap.Score untagged) {
    }

    private static void printLosers(String reading, List<Page> pages, Function<Page, ShingleOverlap.Score> read, int shown) {
        var byLoss = new ArrayList<>(pages);
        byLoss.sort(Comparator.comparingDouble(p -> f1(read.apply(p)) - f1(p.named())));
        System.out.println("\n== newspaper4k pages that lose the most " + reading);
        for (Page p : byLoss.subList(0, Math.min(shown, byLoss.size()))) {
            ShingleOverlap.Score other = read.apply(p);
            System.out.printf("%+.3f  P %.3f -> %.3f  R %.3f -> %.3f  %s  %s%n", f1(other) - f1(p.named()),
                    p.named().precision(), other.precision(), p.named().recall(), other.recall(), p.gold().id(), p.gold().url());
        }
    }

    /** {@code html} with its class names, ids and {@code data-} attributes made meaningless. */
    static String withoutNames(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        for (Element e : page.getAllElements()) {
            if (e.hasAttr("class")) {
                var tokens = new ArrayList<String>();
                for (String name : e.classNames()) {
                    tokens.add(token('x', name));
                }
                e.attr("class", String.join(" ", tokens));
            }
            if (e.hasAttr("id")) {
                e.attr("id", token('y', e.attr("id")));
            }
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                if (a.getKey().startsWith("data-")) {
                    e.removeAttr(a.getKey());
                }
            }
        }
        return page.outerHtml();
    }

    /** {@code html} with HTML5's sectioning elements turned into {@code <div>}s, their attributes kept. */
    static String withoutSectioningTags(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        for (Element e : page.select(String.join(", ", SECTIONING))) {
            e.tagName("div");
        }
        return page.outerHtml();
    }

    private static String token(char kind, String name) {
        return kind + Integer.toHexString(name.hashCode());
    }

    private static ShingleOverlap.Score score(ArticleExtractor extractor, NewspaperEval.Case c) {
        Article a = NewspaperEval.extract(extractor, c);
        return ShingleOverlap.score(a == null ? "" : a.text(), c.text());
    }

    private static double f1(ShingleOverlap.Score s) {
        return ShingleOverlap.f1(s.precision(), s.recall());
    }

    private static void print(String reading, SnippetEval.Outcome o) {
        System.out.printf("%-9s trafilatura with %.4f (%d/%d)  without %.4f (%d/%d)%n", reading, o.withRate(), o.withFound(),
                o.withTotal(), o.withoutRate(), o.withoutAbsent(), o.withoutTotal());
    }

    private static void print(String reading, List<ShingleOverlap.Score> scores) {
        ShingleOverlap.Score avg = ShingleOverlap.average(scores);
        System.out.printf("%-9s body P %.4f  R %.4f  F1 %.4f  (%d pages)%n", reading, avg.precision(), avg.recall(),
                ShingleOverlap.f1(avg.precision(), avg.recall()), scores.size());
    }
}

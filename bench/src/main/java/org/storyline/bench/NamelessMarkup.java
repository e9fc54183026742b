package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * have never seen names its boxes in words the lists lack; this is that case at its limit.
 */
public final class NamelessMarkup {

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
        record Page(NewspaperEval.Case gold, ShingleOverlap.Score named, ShingleOverlap.Score nameless) {
            double loss() {
                return f1(named) - f1(nameless);
            }
        }
        var pages = new ArrayList<Page>();
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            pages.add(new Page(c, score(extractor, c), score(nameless, c)));
        }
        print("named", pages.stream().map(Page::named).toList());
        print("nameless", pages.stream().map(Page::nameless).toList());
        Path snippets = shared.resolve("eval/extraction/trafilatura_eval");
        if (Files.isDirectory(snippets)) {
            print("named", SnippetEval.run(snippets, extractor));
            print("nameless", SnippetEval.run(snippets, nameless));
        }
        pages.sort(Comparator.comparingDouble(Page::loss).reversed());
        System.out.println("\n== newspaper4k pages that lose the most without names");
        for (Page p : pages.subList(0, Math.min(shown, pages.size()))) {
            System.out.printf("%+.3f  P %.3f -> %.3f  R %.3f -> %.3f  %s  %s%n", -p.loss(), p.named().precision(),
                    p.nameless().precision(), p.named().recall(), p.nameless().recall(), p.gold().id(), p.gold().url());
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

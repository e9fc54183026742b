package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;

/**
 * Error analysis for tuning the HTML body rules on the newspaper4k set:
 * {@code bench/run BodyMisses [sharedDir] [pages] [dev|heldout|all]} (default ../shared, 25, dev). Prints the
 * body P/R/F1 of one pass on the whole set and on its two halves (odd gold ids are the dev part, used for
 * tuning; even ids are held out, as in {@link DateMisses}), then, for the part asked for, the pages with the
 * lowest precision, each with the paragraphs Storyline kept that share under half their shingles with the
 * gold text, the pages with the lowest recall, and every page's P and R (one line each, for comparing runs).
 */
public final class BodyMisses {

    private static final int SHOWN_CHARS = 160;

    private BodyMisses() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int shown = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String part = args.length > 2 ? args[2] : "dev";
        Path dir = shared.resolve(NewspaperEval.DATASET);
        if (!Files.isDirectory(dir)) {
            System.out.println("BodyMisses: skipped, no evaluation data under " + dir);
            return;
        }
        var extractor = new HtmlArticleExtractor();
        record Page(NewspaperEval.Case gold, Article article, ShingleOverlap.Score score) {
        }
        var pages = new ArrayList<Page>();
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            Article a = NewspaperEval.extract(extractor, c);
            pages.add(new Page(c, a, ShingleOverlap.score(a == null ? "" : a.text(), c.text())));
        }
        print("all", pages.stream().map(Page::score).toList());
        print("dev", pages.stream().filter(p -> p.gold().isDev()).map(Page::score).toList());
        print("held-out", pages.stream().filter(p -> !p.gold().isDev()).map(Page::score).toList());
        if (!part.equals("all")) {
            pages.removeIf(p -> p.gold().isDev() != part.equals("dev"));
        }

        pages.sort(Comparator.comparingDouble(p -> p.score().precision()));
        System.out.println("\n== lowest precision");
        for (Page p : pages.subList(0, Math.min(shown, pages.size()))) {
            System.out.printf("%n-- P %.3f R %.3f  %s  %s%n", p.score().precision(), p.score().recall(), p.gold().id(), p.gold().url());
            if (p.article() == null) {
                continue;
            }
            Map<String, Integer> gold = ShingleOverlap.shingles(p.gold().text());
            for (String paragraph : p.article().paragraphs()) {
                Map<String, Integer> own = ShingleOverlap.shingles(paragraph);
                long inGold = own.keySet().stream().filter(gold::containsKey).count();
                if (own.isEmpty() || inGold * 2 < own.size()) {
                    System.out.println("   + " + shorten(paragraph));
                }
            }
        }
        pages.sort(Comparator.comparingDouble(p -> p.score().recall()));
        System.out.println("\n== lowest recall");
        for (Page p : pages.subList(0, Math.min(shown, pages.size()))) {
            System.out.printf("-- R %.3f P %.3f  %s  %s%n", p.score().recall(), p.score().precision(), p.gold().id(), p.gold().url());
        }
        pages.sort(Comparator.comparing(p -> p.gold().id()));
        System.out.println("\n== every page");
        for (Page p : pages) {
            System.out.printf("page %s P %.3f R %.3f%n", p.gold().id(), p.score().precision(), p.score().recall());
        }
    }


    private static void print(String part, List<ShingleOverlap.Score> scores) {
        ShingleOverlap.Score avg = ShingleOverlap.average(scores);
        System.out.printf("%-8s body P %.4f  R %.4f  F1 %.4f  (%d pages)%n", part, avg.precision(), avg.recall(),
                ShingleOverlap.f1(avg.precision(), avg.recall()), scores.size());
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "...";
    }
}

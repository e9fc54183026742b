package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;

/**
 * Error analysis for the headline rules on the newspaper4k set:
 * {@code bench/run TitleMisses [sharedDir] [dev|heldout|all]} (default ../shared, dev). Prints the title rate on
 * the whole set and on its two halves (odd gold ids are dev, even ids held out, as in {@link BodyMisses}), then,
 * for the part asked for, each page whose title is wrong: the gold title, Storyline's, and the page's candidates
 * (its {@code <h1>}s, {@code og:title} and {@code <title>}).
 */
public final class TitleMisses {

    private TitleMisses() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        String part = args.length > 1 ? args[1] : "dev";
        Path dir = shared.resolve(NewspaperEval.DATASET);
        if (!Files.isDirectory(dir)) {
            System.out.println("TitleMisses: skipped, no evaluation data under " + dir);
            return;
        }
        var extractor = new HtmlArticleExtractor();
        int[] right = new int[2];
        int[] all = new int[2];
        var misses = new StringBuilder();
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            Article a = NewspaperEval.extract(extractor, c);
            int half = c.isDev() ? 0 : 1;
            all[half]++;
            String title = a == null ? null : a.title();
            if (title != null && NewspaperEval.foldTitle(title).equals(NewspaperEval.foldTitle(c.title()))) {
                right[half]++;
            } else if (part.equals("all") || (half == 0) == part.equals("dev")) {
                misses.append(describe(c, title));
            }
        }
        System.out.printf("titles all %.4f (%d/%d)  dev %.4f (%d/%d)  held-out %.4f (%d/%d)%n",
                (double) (right[0] + right[1]) / (all[0] + all[1]), right[0] + right[1], all[0] + all[1],
                (double) right[0] / all[0], right[0], all[0], (double) right[1] / all[1], right[1], all[1]);
        System.out.print(misses);
    }

    private static String describe(NewspaperEval.Case c, String title) {
        Document page = Jsoup.parse(c.html(), c.url());
        var out = new StringBuilder();
        out.append("\n-- ").append(c.id()).append("  ").append(c.url()).append('\n');
        out.append("   gold:  ").append(c.title()).append('\n');
        out.append("   ours:  ").append(title).append('\n');
        for (Element h1 : page.select("h1")) {
            out.append("   h1:    ").append(h1.text()).append('\n');
        }
        for (String property : List.of("og:title", "twitter:title")) {
            Element m = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
            if (m != null) {
                out.append("   ").append(property).append(": ").append(m.attr("content")).append('\n');
            }
        }
        out.append("   title: ").append(page.title()).append('\n');
        return out.toString();
    }

}

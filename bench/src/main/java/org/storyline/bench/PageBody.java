package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;

/**
 * One newspaper4k page side by side with its gold, for reading a loss the listings of {@link BodyMisses} point at:
 * {@code bench/run PageBody [sharedDir] id...}. Prints the page's P and R, each kept paragraph marked {@code +} when
 * under half its shingles are in the gold, and each gold paragraph marked {@code -} when under half of its shingles
 * were extracted. With {@code --kept} in place of the ids, prints every page's kept paragraphs instead, one a line
 * after the page's id and a tab, for re-scoring a candidate rule outside the JVM.
 */
public final class PageBody {

    private PageBody() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared").resolve(NewspaperEval.DATASET);
        if (!Files.isDirectory(dir)) {
            System.out.println("PageBody: skipped, no evaluation data under " + dir);
            return;
        }
        Set<String> ids = Set.of(args);
        boolean everyPage = ids.contains("--kept");
        var extractor = new HtmlArticleExtractor();
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            if (!everyPage && !ids.contains(c.id())) {
                continue;
            }
            Article a = NewspaperEval.extract(extractor, c);
            if (everyPage) {
                for (String p : a == null ? java.util.List.<String>of() : a.paragraphs()) {
                    System.out.println(c.id() + "\t" + p);
                }
                continue;
            }
            String text = a == null ? "" : a.text();
            ShingleOverlap.Score s = ShingleOverlap.score(text, c.text());
            System.out.printf("%n== %s P %.3f R %.3f %s%n-- kept%n", c.id(), s.precision(), s.recall(), c.url());
            for (String p : a == null ? java.util.List.<String>of() : a.paragraphs()) {
                System.out.println((mostlyIn(p, c.text()) ? "   " : " + ") + p);
            }
            System.out.println("-- gold");
            for (String p : c.text().split("\\n+")) {
                System.out.println((mostlyIn(p, text) ? "   " : " - ") + p);
            }
        }
    }

    private static boolean mostlyIn(String paragraph, String text) {
        Map<String, Integer> own = ShingleOverlap.shingles(paragraph);
        Map<String, Integer> other = ShingleOverlap.shingles(text);
        long in = own.keySet().stream().filter(other::containsKey).count();
        return !own.isEmpty() && in * 2 >= own.size();
    }
}

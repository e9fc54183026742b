package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.extract.ArticleExtractor;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * The newspaper4k article-extraction set: 421 news pages with hand-cleaned bodies, titles, dates and
 * authors. The pages are handed over with their URL only, as a crawler would have them.
 */
final class NewspaperEval {

    /** Where the set lies under the shared folder. */
    static final String DATASET = "eval/extraction/newspaper4k_article_extraction_dataset";

    /** One page and its gold fields. */
    record Case(String id, String url, String html, String text, String title, String date, List<String> authors) {

        /** The half rules are written on: odd gold ids; the even ones are held out. */
        boolean isDev() {
            return Integer.parseInt(id) % 2 == 1;
        }
    }

    /** Storyline's result on the set. */
    record Outcome(ShingleOverlap.Score body, double titleRate, double dateRate, double authorRecall,
                   double firstPassPagesPerSecond, double warmPagesPerSecond, List<ShingleOverlap.Score> perPage) {
    }

    private NewspaperEval() {
    }

    static List<Case> load(Path dir) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("news_articles.json").toFile());
        var cases = new ArrayList<Case>();
        for (JsonNode g : gold) {
            Path html = dir.resolve("html").resolve(g.get("html_file").asText() + ".html.gz");
            if (!Files.exists(html)) {
                continue;
            }
            var authors = new ArrayList<String>();
            for (String a : g.get("authors").asText().split(",")) {
                if (!a.isBlank()) {
                    authors.add(a.strip());
                }
            }
            cases.add(new Case(g.get("id").asText(), g.get("link").asText(), PageDecoder.read(html),
                    g.get("text").asText(), g.get("title").asText(), g.get("date").asText(), authors));
        }
        return cases;
    }

    static Outcome run(List<Case> cases, ArticleExtractor extractor) {
        var scores = new ArrayList<ShingleOverlap.Score>();
        int titles = 0;
        int dates = 0;
        int datedCases = 0;
        int authorsFound = 0;
        int authorsWanted = 0;
        long start = System.nanoTime();
        for (Case c : cases) {
            Article a = extract(extractor, c);
            scores.add(ShingleOverlap.score(a == null ? "" : a.text(), c.text()));
            if (a != null && a.title() != null && foldTitle(a.title()).equals(foldTitle(c.title()))) {
                titles++;
            }
            if (!c.date().isBlank()) {
                datedCases++;
                if (a != null && a.published() != null && c.date().startsWith(a.published().date().toString())) {
                    dates++;
                }
            }
            for (String want : c.authors()) {
                authorsWanted++;
                if (a != null && a.credits().stream().map(Credit::name).map(NewspaperEval::foldName)
                        .anyMatch(foldName(want)::equals)) {
                    authorsFound++;
                }
            }
        }
        double firstPass = cases.size() / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (Case c : cases) {
            extract(extractor, c);
        }
        double warm = cases.size() / ((System.nanoTime() - start) / 1e9);
        return new Outcome(ShingleOverlap.average(scores), (double) titles / cases.size(),
                datedCases == 0 ? 0 : (double) dates / datedCases,
                authorsWanted == 0 ? 0 : (double) authorsFound / authorsWanted, firstPass, warm, scores);
    }

    static Article extract(ArticleExtractor extractor, Case c) {
        try {
            return extractor.extract(new RawDocument(c.id(), c.url(), DocumentFormat.HTML, c.html(),
                    new DocumentHints(c.url(), null, null, null, null)));
        } catch (ExtractionException e) {
            return null;
        }
    }

    /** Whitespace collapsed, curly quotes made straight. */
    static String foldTitle(String title) {
        return title.replaceAll("[\u2018\u2019\u201a\u201b\u2032`]", "'").replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    private static String foldName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
}

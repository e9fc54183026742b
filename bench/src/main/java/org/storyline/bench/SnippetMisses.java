package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * Error analysis for the trafilatura set: {@code bench/run SnippetMisses [sharedDir] [dev|heldout|all]}
 * (default ../shared, dev). Prints the {@code with} and {@code without} shares on the whole set and on its two
 * halves (pages in file order: odd positions are dev, used for tuning; even ones held out), then, for the part
 * asked for, each page with a {@code with} snippet missing ({@code -}, with the class path of the element
 * that holds it on the page) or a {@code without} snippet kept ({@code +}).
 */
public final class SnippetMisses {

    private SnippetMisses() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared").resolve("eval/extraction/trafilatura_eval");
        String part = args.length > 1 ? args[1] : "dev";
        if (!Files.isDirectory(dir)) {
            System.out.println("SnippetMisses: skipped, no evaluation data under " + dir);
            return;
        }
        JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        var extractor = new HtmlArticleExtractor();
        int[][] counts = new int[2][4];
        var listing = new StringBuilder();
        int index = 0;
        for (var it = eval.fields(); it.hasNext(); index++) {
            var field = it.next();
            Path html = dir.resolve(field.getValue().get("html_path").asText());
            if (!Files.exists(html)) {
                continue;
            }
            boolean dev = index % 2 == 1;
            String page = PageDecoder.read(html);
            String text = SnippetEval.normalize(text(extractor, field.getKey(), page));
            var lines = new StringBuilder();
            int[] c = counts[dev ? 0 : 1];
            for (JsonNode s : field.getValue().path("with")) {
                c[1]++;
                if (text.contains(SnippetEval.normalize(s.asText()))) {
                    c[0]++;
                } else {
                    lines.append("   - ").append(s.asText()).append("   @ ").append(where(page, s.asText())).append('\n');
                }
            }
            for (JsonNode s : field.getValue().path("without")) {
                c[3]++;
                if (!text.contains(SnippetEval.normalize(s.asText()))) {
                    c[2]++;
                } else {
                    lines.append("   + ").append(s.asText()).append('\n');
                }
            }
            if (!lines.isEmpty() && (part.equals("all") || dev == part.equals("dev"))) {
                listing.append("\n-- ").append(field.getKey()).append("  (").append(text.length()).append(" chars)\n")
                        .append(lines);
            }
        }
        print("all", counts[0][0] + counts[1][0], counts[0][1] + counts[1][1], counts[0][2] + counts[1][2],
                counts[0][3] + counts[1][3]);
        print("dev", counts[0][0], counts[0][1], counts[0][2], counts[0][3]);
        print("held-out", counts[1][0], counts[1][1], counts[1][2], counts[1][3]);
        System.out.print(listing);
    }

    private static String text(HtmlArticleExtractor extractor, String url, String html) {
        try {
            return extractor.extract(new RawDocument(url, url, DocumentFormat.HTML, html,
                    new DocumentHints(url, null, null, null, null))).text();
        } catch (ExtractionException e) {
            return "";
        }
    }

    /** The tag, class and id path down to the smallest element whose text holds the snippet. */
    private static String where(String page, String snippet) {
        String wanted = SnippetEval.normalize(snippet);
        Element found = null;
        for (Element e : Jsoup.parse(page).body().getAllElements()) {
            if (SnippetEval.normalize(e.text()).contains(wanted)) {
                found = e;
            }
        }
        if (found == null) {
            return "(not in the page's text)";
        }
        var path = new StringBuilder();
        for (Element e = found; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String name = e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                    + (e.className().isEmpty() ? "" : "." + e.className().strip().replaceAll("\\s+", "."));
            path.insert(0, " > " + (name.length() > 60 ? name.substring(0, 60) : name));
        }
        return path.toString();
    }

    private static void print(String part, int withFound, int withTotal, int withoutAbsent, int withoutTotal) {
        System.out.printf("%-8s with %.4f (%d/%d)  without %.4f (%d/%d)%n", part, (double) withFound / withTotal,
                withFound, withTotal, (double) withoutAbsent / withoutTotal, withoutAbsent, withoutTotal);
    }
}

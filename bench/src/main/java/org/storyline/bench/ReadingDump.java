package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * Every page's whole reading, for checking that a change meant to read nothing differently (a speed change, a
 * refactor) does not:
 * <pre>bench/run ReadingDump [sharedDir] out.txt     (default ../shared)</pre>
 * Writes the title, date, credits and paragraphs the extractor reads from each page of the newspaper4k and
 * trafilatura sets and of {@code bench/shapes} and {@code bench/blind/*}, each page also with its markup's names taken
 * out ({@link NamelessMarkup}); two builds read alike when their files are byte for byte the same ({@code cmp}).
 * The shared sets are skipped when absent.
 */
public final class ReadingDump {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final PrintWriter out;

    private ReadingDump(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReadingDump [sharedDir] out.txt");
            System.exit(2);
        }
        Path shared = Path.of(args.length > 1 ? args[0] : "../shared");
        Path target = Path.of(args[args.length - 1]);
        try (BufferedWriter writer = Files.newBufferedWriter(target)) {
            var dump = new ReadingDump(new PrintWriter(writer));
            int pages = dump.newspaper(shared.resolve(NewspaperEval.DATASET)) + dump.trafilatura(shared)
                    + dump.folders();
            dump.out.flush();
            System.out.printf("%d pages read twice (as written, names taken out) into %s%n", pages, target);
        }
    }

    private int newspaper(Path dataset) throws IOException {
        if (!Files.isDirectory(dataset)) {
            return 0;
        }
        List<NewspaperEval.Case> cases = NewspaperEval.load(dataset);
        for (NewspaperEval.Case c : cases) {
            both(c.id(), c.url(), c.html());
        }
        return cases.size();
    }

    private int trafilatura(Path shared) throws IOException {
        Path dir = shared.resolve("eval/extraction/trafilatura_eval");
        if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
            return 0;
        }
        JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        int pages = 0;
        for (Iterator<String> urls = eval.fieldNames(); urls.hasNext(); ) {
            String url = urls.next();
            Path html = dir.resolve(eval.get(url).get("html_path").asText());
            if (Files.exists(html)) {
                both(url, url, PageDecoder.read(html));
                pages++;
            }
        }
        return pages;
    }

    private int folders() throws IOException {
        var dirs = new ArrayList<Path>();
        dirs.add(Path.of("bench/shapes"));
        if (Files.isDirectory(Path.of("bench/blind"))) {
            try (var sets = Files.list(Path.of("bench/blind"))) {
                sets.filter(Files::isDirectory).sorted().forEach(dirs::add);
            }
        }
        int pages = 0;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (var list = Files.list(dir)) {
                files = list.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString().replace(".html", "");
                both(dir.getFileName() + "/" + name, "https://www.site.example/2019/11/" + name, Files.readString(file));
                pages++;
            }
        }
        return pages;
    }

    private void both(String id, String url, String html) {
        read(id, url, html);
        read(id + " (nameless)", url, NamelessMarkup.withoutNames(html, url));
    }

    private void read(String id, String url, String html) {
        out.println("### " + id);
        try {
            Article a = extractor.extract(new RawDocument(id, url, DocumentFormat.HTML, html,
                    new DocumentHints(url, null, null, null, null)));
            out.println("title " + a.title());
            out.println("date " + a.published());
            out.println("credits " + a.credits());
            a.paragraphs().forEach(p -> out.println("| " + p));
        } catch (ExtractionException e) {
            out.println("no reading: " + e.getMessage());
        }
    }
}

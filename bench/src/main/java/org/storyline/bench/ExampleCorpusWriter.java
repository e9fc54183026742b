package org.storyline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the two compressed files of the example corpus from the pages in this module's resources
 * ({@code org/storyline/bench/examples/}): a gzipped WARC crawl holding two article pages and a
 * robots.txt, and one gzipped HTML page. Run it after editing those pages:
 * {@code bench/run ExampleCorpusWriter examples}.
 */
public final class ExampleCorpusWriter {

    private static final String PAGES = "/org/storyline/bench/examples/";

    private ExampleCorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        writeCrawl(examples.resolve("crawl/2025-03-07-techpulse-and-valley-ledger.warc.gz"));
        writeGzip(page("techpulse-quillpress-patch-explained.html"),
                examples.resolve("techpulse/2025-03-06-quillpress-filter-explained.html.gz"));
    }

    private static void writeCrawl(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            Instant start = Instant.parse("2025-03-07T17:00:00Z");
            warc.write(new Warcinfo.Builder()
                    .recordId(id("warcinfo"))
                    .date(start)
                    .filename(target.getFileName().toString())
                    .fields(new TreeMap<>(Map.of("software", List.of("Storyline example corpus"),
                            "description", List.of("A small invented crawl for Storyline's examples"))))
                    .build());
            warc.write(response("https://techpulse.example/security/2025/03/05/quillpress-comment-xss",
                    "2025-03-07T17:00:04Z", "text/html; charset=utf-8", page("techpulse-quillpress-flaw.html")));
            warc.write(response("https://valleyledger.example/robots.txt",
                    "2025-03-07T17:00:09Z", "text/plain", "User-agent: *\nDisallow: /admin/\n".getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://valleyledger.example/ostwick/2025/03/07/bird-trust-court-challenge",
                    "2025-03-07T17:00:11Z", "text/html; charset=utf-8", page("valleyledger-bird-trust-challenge.html")));
        }
    }

    private static WarcResponse response(String uri, String date, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body)
                .build();
        return new WarcResponse.Builder(URI.create(uri))
                .recordId(id(uri))
                .date(Instant.parse(date))
                .body(http)
                .build();
    }

    /** Record ids from the URI, so rewriting the crawl gives the same file. */
    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeGzip(byte[] bytes, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(bytes);
        }
    }

    private static byte[] page(String name) throws IOException {
        try (InputStream in = ExampleCorpusWriter.class.getResourceAsStream(PAGES + name)) {
            if (in == null) {
                throw new IOException("missing example page " + name);
            }
            return in.readAllBytes();
        }
    }
}

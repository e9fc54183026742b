package org.storyline.core.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}): each successful HTML response is a document, with the
 * target URI and capture date as hints. Records are numbered from 1 in file order, all types counted, so
 * {@code record 7} is the seventh record a WARC tool lists. A crawl cut off mid-record keeps every record
 * before the cut and reports the cut once.
 */
final class WarcFileReader implements FormatReader {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final IngestSettings settings;

    WarcFileReader(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            int number = 0;
            while (true) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.problem(new Problem(source, "record " + (number + 1), ReadFailure.reason(e)));
                    return;
                }
                if (record.isEmpty()) {
                    if (number == 0) {
                        sink.problem(new Problem(source, null, "empty: no WARC records"));
                    }
                    return;
                }
                number++;
                if (record.get() instanceof WarcResponse response && !response(source, number, response, sink)) {
                    return;
                }
            }
        }
    }

    /** Reports one response when it is an HTML page; false when the archive ends inside it. */
    private boolean response(String source, int number, WarcResponse response, DocumentSink sink) {
        String where = "record " + number;
        try {
            String target = response.target();
            if (target == null) {
                sink.problem(new Problem(source, where, "no page address: a response record without WARC-Target-URI"));
                return true;
            }
            if (!target.toLowerCase(Locale.ROOT).startsWith("http")) {
                return true;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (http.status() / 100 != 2 || !HTML_TYPES.contains(type.toString().toLowerCase(Locale.ROOT))) {
                return true;
            }
            Optional<byte[]> bytes = BoundedBytes.read(http.bodyDecoded().stream(), settings.maxDocumentBytes());
            if (bytes.isEmpty()) {
                sink.problem(new Problem(source, where, DocumentBytes.tooLarge(settings)));
                return true;
            }
            if (DocumentBytes.check(source, where, bytes.get(), sink).isPresent()) {
                String content = TextDecoder.decode(bytes.get(), http.contentType().parameters().get("charset"));
                DocumentHints hints = new DocumentHints(target, null, null, List.of(), response.date().toString());
                sink.document(new RawDocument(ContentId.of(bytes.get()), source + "#" + where, DocumentFormat.HTML, content, hints));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // a malformed record costs only itself; a cut-off one ends the archive, which the reader reports once
            sink.problem(new Problem(source, where, ReadFailure.reason(e)));
            return !(e instanceof EOFException);
        }
    }
}

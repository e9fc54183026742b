package org.storyline.core.ingest;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * Reads news inputs into {@link org.storyline.core.model.RawDocument}s: files and directories, or one
 * named byte stream (an upload). The file name says the format: {@code .txt}, {@code .html}/{@code .htm},
 * {@code .json}, {@code .jsonl}, {@code .warc}, {@code .rss}, {@code .atom}, {@code .xml} (when it is a
 * feed), each also as {@code .gz}.
 *
 * <p>Never throws on bad input: whatever cannot be read becomes a {@link Problem} in the sink, naming
 * the file (and line, record or item) and the reason, and reading goes on with the next record or file.
 * Directories are walked in name order, so a run is repeatable; hidden files and folders are passed over.
 * Instances are thread-safe.
 */
public final class Ingestor {

    private final Map<InputKind, FormatReader> readers = new EnumMap<>(InputKind.class);
    private final IngestSettings settings;

    public Ingestor() {
        this(IngestSettings.DEFAULTS);
    }

    public Ingestor(IngestSettings settings) {
        this.settings = settings;
        ObjectMapper json = JsonMapper.builder().build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, settings.maxDocumentBytes() * 2)).build());
        FeedReader feeds = new FeedReader(settings);
        readers.put(InputKind.TEXT, new PageReader(DocumentFormat.TEXT, settings));
        readers.put(InputKind.HTML, new PageReader(DocumentFormat.HTML, settings));
        readers.put(InputKind.JSON, new JsonFileReader(json, settings));
        readers.put(InputKind.JSON_LINES, new JsonLinesReader(json, settings));
        readers.put(InputKind.WARC, new WarcFileReader(settings));
        readers.put(InputKind.FEED, feeds);
        readers.put(InputKind.XML, new XmlFileReader(settings, feeds));
    }

    /** Reads every file under {@code paths}, in order. */
    public void read(List<Path> paths, DocumentSink sink) {
        for (Path file : files(paths, sink)) {
            read(file, sink);
        }
    }

    /**
     * The files {@code paths} name, directories expanded in name order, hidden entries left out. A path
     * that does not exist is reported as a problem; a file of a type Storyline does not read, as skipped.
     */
    public List<Path> files(List<Path> paths, DocumentSink sink) {
        List<Path> files = new ArrayList<>();
        Set<Path> walked = new HashSet<>();
        for (Path path : paths) {
            collect(path, files, walked, sink);
        }
        return files;
    }

    /** Reads one file; its source in reports is the path as given. */
    public void read(Path file, DocumentSink sink) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            read(source, fileName(file), in, sink);
        } catch (IOException e) {
            sink.problem(new Problem(source, null, "cannot open: " + e.getMessage()));
        }
    }

    /**
     * Reads one named stream, such as an upload; {@code name} is its file name, which says its format,
     * and its source in reports. The stream is not closed.
     */
    public void read(String name, InputStream in, DocumentSink sink) {
        read(name, name, in, sink);
    }

    /** Reads one named document held in memory. */
    public void read(String name, byte[] bytes, DocumentSink sink) {
        read(name, new ByteArrayInputStream(bytes), sink);
    }

    /**
     * Reads one page fetched from the web, as a file of its format would be read (size, emptiness and
     * binary checks; decoding, with {@code charset} the one the server named, or {@code null}); its id is
     * the hash of its bytes, and {@code hints} say where it was published and what its feed said of it.
     */
    public void read(String source, byte[] bytes, String charset, DocumentFormat format, DocumentHints hints,
                     DocumentSink sink) {
        if (bytes.length > settings.maxDocumentBytes()) {
            sink.problem(new Problem(source, null, DocumentBytes.tooLarge(settings)));
            return;
        }
        DocumentBytes.check(source, null, bytes, sink).ifPresent(checked -> sink.document(
                new RawDocument(ContentId.of(checked), source, format, TextDecoder.decode(checked, charset), hints)));
    }

    private void read(String source, String name, InputStream in, DocumentSink sink) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gzipped = lower.endsWith(".gz");
        Optional<InputKind> kind = InputKind.forName(gzipped ? lower.substring(0, lower.length() - 3) : lower);
        if (kind.isEmpty()) {
            sink.skipped(source, "not a format Storyline reads");
            return;
        }
        try {
            // jwarc unwraps gzip itself, record by record, which is what lets it keep records before damage
            InputStream unwrapped = gzipped && kind.get() != InputKind.WARC ? new GZIPInputStream(in, 65536) : in;
            readers.get(kind.get()).read(source, unwrapped, sink);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // runtime failures here are parser bugs on hostile bytes; the contract is that input never stops a run
            sink.problem(new Problem(source, null, ReadFailure.reason(e)));
        }
    }

    private static void collect(Path path, List<Path> files, Set<Path> walked, DocumentSink sink) {
        if (Files.isDirectory(path)) {
            if (!walked.add(realPath(path))) {
                return; // a link back to a folder already walked: reading it again would loop or repeat
            }
            List<Path> children;
            try (Stream<Path> listing = Files.list(path)) {
                children = listing.filter(child -> !fileName(child).startsWith(".")).sorted().toList();
            } catch (IOException e) {
                sink.problem(new Problem(path.toString(), null, "cannot list directory: " + e.getMessage()));
                return;
            }
            children.forEach(child -> collect(child, files, walked, sink));
        } else if (!Files.exists(path)) {
            sink.problem(new Problem(path.toString(), null, "not found: no such file or directory"));
        } else if (!Files.isRegularFile(path)) {
            sink.skipped(path.toString(), "not a regular file");
        } else if (InputKind.forName(stripGzip(fileName(path))).isEmpty()) {
            sink.skipped(path.toString(), "not a format Storyline reads");
        } else {
            files.add(path);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String stripGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}

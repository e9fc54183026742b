package org.storyline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/** An {@code .xml} file: read as a feed when its root is {@code rss}, {@code feed} or {@code rdf:RDF}; skipped otherwise. */
final class XmlFileReader implements FormatReader {

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)\\b");
    private static final int ROOT_WINDOW = 4096;

    private final IngestSettings settings;
    private final FeedReader feeds;

    XmlFileReader(IngestSettings settings, FeedReader feeds) {
        this.settings = settings;
        this.feeds = feeds;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        Optional<byte[]> bytes = DocumentBytes.take(source, in, settings, sink);
        if (bytes.isEmpty()) {
            return;
        }
        String xml = TextDecoder.decode(bytes.get());
        if (FEED_ROOT.matcher(xml.substring(0, Math.min(xml.length(), ROOT_WINDOW))).find()) {
            feeds.read(source, xml, sink);
        } else {
            sink.skipped(source, "XML that is not an RSS or Atom feed");
        }
    }
}

package org.storyline.core.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.storyline.core.model.Problem;

/**
 * An RSS 2.0 or Atom feed file: each item is a document ({@code #item N}, from 1 in file order). Feeds
 * in the wild break: when the file as a whole is not well-formed XML, each item is parsed on its own
 * inside the feed's own header, so one broken item costs only itself.
 */
final class FeedReader implements FormatReader {

    private final IngestSettings settings;

    FeedReader(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        Optional<byte[]> bytes = DocumentBytes.take(source, in, settings, sink);
        if (bytes.isPresent()) {
            read(source, TextDecoder.decode(bytes.get()), sink);
        }
    }

    /** Reads feed text already decoded (an {@code .xml} file sniffed as a feed). */
    void read(String source, String xml, DocumentSink sink) {
        SyndFeed feed;
        try {
            feed = parse(xml);
        } catch (FeedException | RuntimeException whole) {
            readItemByItem(source, xml, whole, sink);
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(new Problem(source, null, "empty: the feed has no items"));
        }
        for (int i = 0; i < entries.size(); i++) {
            FeedItem.report(entries.get(i), feed.getTitle(), source, i + 1, settings, sink);
        }
    }

    private void readItemByItem(String source, String xml, Exception whole, DocumentSink sink) {
        FeedItems items = FeedItems.split(xml);
        if (items.count() == 0) {
            sink.problem(new Problem(source, null, "not a readable feed: " + message(whole)));
            return;
        }
        for (int i = 0; i < items.count(); i++) {
            String where = "item " + (i + 1);
            Optional<String> alone = items.standalone(i);
            if (alone.isEmpty()) {
                sink.problem(new Problem(source, where, "broken feed item: the file ends inside it"));
                continue;
            }
            try {
                SyndFeed feed = parse(alone.get());
                if (feed.getEntries().size() != 1) {
                    sink.problem(new Problem(source, where, "broken feed item: not readable as one item"));
                } else {
                    FeedItem.report(feed.getEntries().get(0), feed.getTitle(), source, i + 1, settings, sink);
                }
            } catch (FeedException | RuntimeException e) {
                sink.problem(new Problem(source, where, "broken feed item: " + message(e)));
            }
        }
    }

    private static SyndFeed parse(String xml) throws FeedException {
        // a new input each time: Rome's parsers keep state; doctypes stay refused (no external entities)
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static String message(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").strip();
    }
}

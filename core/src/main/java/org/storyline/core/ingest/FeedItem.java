package org.storyline.core.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Problem;
import org.storyline.core.model.RawDocument;

/**
 * One feed item as a document: its full content ({@code content:encoded}, Atom {@code content}) as HTML
 * when the feed carries it, else its summary; link, title, date, authors and the channel's title as hints.
 */
final class FeedItem {

    private FeedItem() {
    }

    static void report(SyndEntry entry, String channel, String source, int number, IngestSettings settings, DocumentSink sink) {
        String where = "item " + number;
        String content = content(entry);
        boolean full = content != null;
        if (!full) {
            content = entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
        }
        if (content == null) {
            sink.problem(new Problem(source, where, "no article text: the item has neither content nor summary"));
            return;
        }
        if (content.length() > settings.maxDocumentBytes()) {
            sink.problem(new Problem(source, where, DocumentBytes.tooLarge(settings)));
            return;
        }
        String link = blankToNull(entry.getLink());
        // a summary without markup is plain text; content and marked-up summaries are HTML fragments
        DocumentFormat format = full || content.indexOf('<') >= 0 ? DocumentFormat.HTML : DocumentFormat.TEXT;
        DocumentHints hints = new DocumentHints(link, blankToNull(entry.getTitle()), blankToNull(channel),
                authors(entry), published(entry));
        sink.document(new RawDocument(ContentId.of(content, link), source + "#" + where, format, content, hints));
    }

    private static String content(SyndEntry entry) {
        StringBuilder all = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            if (part.getValue() != null && !part.getValue().isBlank()) {
                all.append(all.length() > 0 ? "\n" : "").append(part.getValue().strip());
            }
        }
        return all.length() == 0 ? null : all.toString();
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = blankToNull(person.getName());
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        String single = blankToNull(entry.getAuthor());
        if (names.isEmpty() && single != null) {
            names.add(single);
        }
        return names;
    }

    private static String published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

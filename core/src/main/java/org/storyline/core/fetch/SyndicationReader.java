package org.storyline.core.fetch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, read by Rome with doctypes refused. Each item with a link is an
 * entry; relative links are resolved against the feed's URL; items without one name no page and are
 * passed over.
 */
final class SyndicationReader {

    private SyndicationReader() {
    }

    static ParsedFeed read(URI url, byte[] bytes, String contentType) throws UnreadableFeed {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes), contentType, true));
        } catch (FeedException | IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new UnreadableFeed("malformed feed: " + message.replaceAll("\\s+", " ").strip());
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            link(entry, url).ifPresent(link -> entries.add(new FeedEntry(link, blankToNull(entry.getTitle()),
                    published(entry), authors(entry), content(entry), !entry.getContents().isEmpty() && content(entry) != null)));
        }
        String type = feed.getFeedType() == null ? "" : feed.getFeedType();
        FeedKind kind = type.startsWith("atom") ? FeedKind.ATOM : FeedKind.RSS;
        return new ParsedFeed(kind, blankToNull(feed.getTitle()), entries, List.of());
    }

    private static Optional<String> link(SyndEntry entry, URI base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                candidates.add(link.getHref());
            }
        }
        candidates.add(entry.getUri());
        for (String candidate : candidates) {
            Optional<URI> resolved = PageUrl.parse(candidate, base);
            if (resolved.isPresent()) {
                return Optional.of(resolved.get().toString());
            }
        }
        return Optional.empty();
    }

    private static String content(SyndEntry entry) {
        StringBuilder all = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            if (part.getValue() != null && !part.getValue().isBlank()) {
                all.append(all.length() > 0 ? "\n" : "").append(part.getValue().strip());
            }
        }
        if (all.length() > 0) {
            return all.toString();
        }
        return entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
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

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.storyline.core.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a fetched feed by what its root element says, not by its Content-Type (servers label feeds
 * every which way): {@code rss} and {@code rdf:RDF} and {@code feed} are syndication feeds (Rome),
 * {@code urlset} and {@code sitemapindex} are sitemaps (crawler-commons, with the news extension),
 * {@code opml} is a list of feeds. A gzipped body (a {@code .xml.gz} sitemap) is unzipped first.
 */
final class FeedParser {

    private static final int SNIFF_BYTES = 8192;

    private final long limit;

    FeedParser(long limit) {
        this.limit = limit;
    }

    ParsedFeed parse(URI url, byte[] body, String contentType) throws UnreadableFeed {
        byte[] bytes = body;
        if (Gzip.isGzip(bytes)) {
            try {
                bytes = Gzip.gunzip(bytes, limit);
            } catch (FetchFailure failure) {
                throw new UnreadableFeed(failure.getMessage());
            }
        }
        String root = rootElement(bytes);
        return switch (root) {
            case "rss", "rdf:rdf", "feed" -> SyndicationReader.read(url, bytes, contentType);
            case "urlset", "sitemapindex" -> SitemapReader.read(url, bytes);
            case "opml" -> OpmlReader.read(url, bytes);
            case "" -> throw new UnreadableFeed("not a feed: no XML element at the start");
            default -> throw new UnreadableFeed("not a feed: the document is <" + root + ">, not RSS, Atom, a sitemap or OPML");
        };
    }

    /** The name of the first element, lower case, after any declaration, comments and doctype. */
    static String rootElement(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (head.startsWith("<?", i)) {
                i = skipPast(head, i, "?>");
            } else if (head.startsWith("<!--", i)) {
                i = skipPast(head, i, "-->");
            } else if (head.startsWith("<!", i)) {
                i = skipPast(head, i, ">");
            } else if (c == '<') {
                int end = i + 1;
                while (end < head.length() && isNameChar(head.charAt(end))) {
                    end++;
                }
                return head.substring(i + 1, end).toLowerCase(Locale.ROOT);
            } else {
                return "";
            }
        }
        return "";
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}

package org.storyline.core.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An OPML subscription list (what feed readers export): every {@code outline} with an
 * {@code xmlUrl} names a feed. Read with jsoup's XML parser, which never fetches an external entity.
 */
final class OpmlReader {

    private OpmlReader() {
    }

    static ParsedFeed read(URI url, byte[] bytes) {
        return new ParsedFeed(FeedKind.OPML, null, List.of(), feeds(new String(bytes, StandardCharsets.UTF_8), url));
    }

    /** The feed URLs an OPML text names, resolved against {@code base} (may be {@code null}). */
    static List<String> feeds(String opml, URI base) {
        Document doc = Jsoup.parse(opml, "", Parser.xmlParser());
        List<String> feeds = new ArrayList<>();
        for (Element outline : doc.select("outline[xmlUrl]")) {
            PageUrl.parse(outline.attr("xmlUrl"), base).map(URI::toString)
                    .filter(feed -> !feeds.contains(feed)).ifPresent(feeds::add);
        }
        return feeds;
    }

    static boolean looksLikeOpml(String text) {
        return FeedParser.rootElement(text.getBytes(StandardCharsets.UTF_8)).equals("opml");
    }
}

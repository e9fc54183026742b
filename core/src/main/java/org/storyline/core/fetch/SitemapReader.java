package org.storyline.core.fetch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A sitemap or sitemap index, read by crawler-commons with the Google News extension on: a news
 * sitemap's entries carry their headline and publication date. Parsing is not strict about paths (news
 * sitemaps often sit in a folder of their own), and entries that are not http or https are dropped.
 */
final class SitemapReader {

    private SitemapReader() {
    }

    static ParsedFeed read(URI url, byte[] bytes) throws UnreadableFeed {
        AbstractSiteMap map;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            map = parser.parseSiteMap("text/xml", bytes, url.toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new UnreadableFeed("malformed sitemap: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (map instanceof SiteMapIndex index) {
            List<String> feeds = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                PageUrl.parse(child.getUrl().toString(), url).ifPresent(u -> feeds.add(u.toString()));
            }
            return new ParsedFeed(FeedKind.SITEMAP_INDEX, null, List.of(), feeds);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SiteMapURL page : ((SiteMap) map).getSiteMapUrls()) {
            var link = PageUrl.parse(page.getUrl().toString(), url);
            if (link.isPresent()) {
                entries.add(entry(link.get().toString(), page));
            }
        }
        return new ParsedFeed(FeedKind.SITEMAP, null, entries, List.of());
    }

    private static FeedEntry entry(String link, SiteMapURL page) {
        String title = null;
        String published = page.getLastModified() == null ? null : page.getLastModified().toInstant().toString();
        ExtensionMetadata[] news = page.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            title = SyndicationReader.blankToNull(attributes.getTitle());
            if (attributes.getPublicationDate() != null) {
                published = attributes.getPublicationDate().toInstant().toString();
            }
        }
        return new FeedEntry(link, title, published, List.of(), null, false);
    }

}

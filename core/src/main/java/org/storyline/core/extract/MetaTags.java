package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the head's metadata: OpenGraph ({@code og:title}, {@code og:site_name}), article tags
 * ({@code article:published_time}), the common publishers' meta names (Dublin Core, Parse.ly,
 * Sailthru, {@code author}, {@code byl}), {@code itemprop} microdata, {@code <link rel=canonical>} and the
 * page language. Publication and modification dates are kept apart: pages that show readers their last
 * update give that as their date. The first name in each list that the page has wins.
 */
final class MetaTags {

    private static final List<String> TITLE = List.of("og:title", "twitter:title", "headline", "dc.title", "sailthru.title");
    private static final List<String> SITE = List.of("og:site_name", "application-name", "al:android:app_name",
            "twitter:app:name:iphone", "publisher", "dc.publisher", "cxenseparse:recs:publisher");
    private static final List<String> PUBLISHED = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "article.published",
            "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "live_date",
            "displaydate");
    private static final List<String> MODIFIED = List.of("article:modified_time", "og:article:modified_time",
            "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
            "article.updated", "lastmod");
    private static final List<String> AUTHOR = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "og:article:author", "twitter:creator");
    private static final List<String> LANGUAGE = List.of("og:locale", "content-language", "dc.language", "language");

    private static final Evaluator LANGUAGE_EQUIV = QueryParser.parse("meta[http-equiv~=(?i)content-language]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator DATE_MODIFIED = QueryParser.parse("[itemprop=dateModified]");

    private MetaTags() {
    }

    static PageFacts read(PageElements page) {
        Map<String, List<String>> metas = contents(page);
        String published = first(metas, PUBLISHED);
        if (published == null) {
            published = itemprop(page, DATE_PUBLISHED);
        }
        String modified = first(metas, MODIFIED);
        if (modified == null) {
            modified = itemprop(page, DATE_MODIFIED);
        }
        return new PageFacts(first(metas, TITLE), first(metas, SITE), authors(metas), published, modified,
                language(page, metas), canonical(page, metas), null);
    }

    /** The contents of the page's meta tags by their keys, in the page's order, read once for every name asked. */
    private static Map<String, List<String>> contents(PageElements page) {
        Map<String, List<String>> metas = new HashMap<>();
        for (Element meta : page.byTag("meta")) {
            String value = blankToNull(meta.attr("content"));
            if (value != null) {
                metas.computeIfAbsent(key(meta), k -> new ArrayList<>()).add(value);
            }
        }
        return metas;
    }

    private static List<String> authors(Map<String, List<String>> metas) {
        var found = new ArrayList<String>();
        for (String name : AUTHOR) {
            for (String value : metas.getOrDefault(name, List.of())) {
                if (!value.contains("://") && !value.startsWith("@")) {
                    found.add(value);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    private static String language(PageElements page, Map<String, List<String>> metas) {
        Element html = page.first("html");
        String lang = html == null ? null : blankToNull(html.attr("lang"));
        if (lang == null && html != null) {
            lang = blankToNull(html.attr("xml:lang"));
        }
        if (lang == null) {
            Element equiv = page.selectFirst(LANGUAGE_EQUIV, page.byTag("meta"));
            lang = equiv == null ? null : blankToNull(equiv.attr("content"));
        }
        return lang != null ? lang : first(metas, LANGUAGE);
    }

    private static String canonical(PageElements page, Map<String, List<String>> metas) {
        Element link = page.selectFirst(CANONICAL, page.byTag("link"));
        String url = link == null ? null : blankToNull(link.absUrl("href"));
        return url != null ? url : first(metas, List.of("og:url"));
    }

    private static String itemprop(PageElements page, Evaluator prop) {
        Element e = page.selectFirst(prop, page.attributed());
        if (e == null) {
            return null;
        }
        String value = blankToNull(e.attr("content"));
        if (value == null) {
            value = blankToNull(e.attr("datetime"));
        }
        return value != null ? value : blankToNull(e.text());
    }

    /** The content of the first meta tag, in the order of {@code names}, that the page has. */
    private static String first(Map<String, List<String>> metas, List<String> names) {
        for (String name : names) {
            List<String> values = metas.get(name);
            if (values != null) {
                return values.get(0);
            }
        }
        return null;
    }

    private static String key(Element meta) {
        String key = meta.attr("property");
        if (key.isEmpty()) {
            key = meta.attr("name");
        }
        if (key.isEmpty()) {
            key = meta.attr("itemprop");
        }
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? null : t;
    }
}

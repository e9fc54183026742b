package org.storyline.core.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Removes what can never be article text before the content is scored: code, forms' controls,
 * embedded media, navigation and asides by their tag, hidden elements, and elements whose class or
 * id names page furniture ({@link ClassHints}). An element that the page itself marks as the article
 * ({@code <article>}, {@code <main>}, {@code itemprop=articleBody}) or that holds one is kept.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "map", "input", "button", "select", "textarea", "option", "dialog", "link", "meta",
            "nav", "aside", "footer", "header", "menu");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");

    private PageCleaner() {
    }

    /** Removes the furniture from {@code root} in place. */
    static void clean(Element root) {
        // A filter, not a visitor: a removed element's subtree is never looked at.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                boolean doomed = node instanceof Comment
                        || node instanceof Element e && node != root && removable(e);
                return doomed ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean removable(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return !(tag.equals("header") || tag.equals("footer")) || !holdsArticle(e);
        }
        if (hidden(e)) {
            return true;
        }
        if (NEVER_REMOVED.contains(tag) || isArticleBody(e)) {
            return false;
        }
        return ClassHints.boilerplate(e) && !ClassHints.content(e) && !holdsArticle(e);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean isArticleBody(Element e) {
        return "articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    private static boolean holdsArticle(Element e) {
        return !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }
}

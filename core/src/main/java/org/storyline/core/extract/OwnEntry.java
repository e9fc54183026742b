package org.storyline.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A column's day page, a notebook or a blog's page of short entries prints several entries side by side, each under a
 * heading that links to the entry's own page, while the address asked for (its canonical URL) and the title it declares
 * (og:title, JSON-LD) are one entry's. The element with the most prose holds them all; the entry whose heading links to
 * the page's own address, or reads as the page's declared title, is the page's story.
 */
final class OwnEntry {

    private static final String HEADINGS = "h1, h2, h3, h4";

    private OwnEntry() {
    }

    /**
     * The entry of {@code root} that is the page's own, read before the page is cleaned: an element with a linked heading
     * that links to one of {@code urls} or reads as one of {@code titles}, beside elements of its tag that hold linked
     * headings of the same level (the other entries); else {@code null}.
     */
    static Element find(Element root, List<String> urls, List<String> titles) {
        Set<String> addresses = urls.stream().filter(Objects::nonNull).map(OwnEntry::address)
                .filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        Set<String> named = titles.stream().filter(Objects::nonNull).map(BodyAssembler::fold)
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        if (addresses.isEmpty() && named.isEmpty()) {
            return null;
        }
        for (Element heading : root.select(HEADINGS)) {
            Element link = heading.selectFirst("a[href]");
            if (link != null && linksAway(link) && (addresses.contains(address(link.absUrl("href")))
                    || named.contains(BodyAssembler.fold(heading.text())))) {
                Element entry = entryOf(heading, root);
                if (entry != null) {
                    return entry;
                }
            }
        }
        return null;
    }

    /**
     * {@code chosen} narrowed to {@code entry} when the entry lies inside it with prose of its own among {@code blocks};
     * else {@code chosen}.
     */
    static Element narrowed(Element chosen, Element entry, List<TextBlock> blocks) {
        if (entry == null || entry == chosen || !BodyAssembler.inside(entry, chosen)) {
            return chosen;
        }
        for (TextBlock block : blocks) {
            if (ContentScorer.prose(block) > 0 && BodyAssembler.inside(block.owner(), entry)) {
                return entry;
            }
        }
        return chosen;
    }

    /** Whether {@code link} names a page: an empty link or one to a place on this page resolves to the page itself. */
    private static boolean linksAway(Element link) {
        String href = link.attr("href").strip();
        return !href.isEmpty() && href.charAt(0) != '#' && !href.startsWith("javascript:");
    }

    /** The nearest element above {@code heading} with a sibling of its tag that holds a linked heading of its level. */
    private static Element entryOf(Element heading, Element root) {
        String linkedHeading = heading.normalName() + " a[href]";
        for (Element e = heading; e.parent() != null && e != root; e = e.parent()) {
            for (Element sibling : e.parent().children()) {
                if (sibling != e && sibling.normalName().equals(e.normalName())
                        && sibling.selectFirst(linkedHeading) != null) {
                    return e == heading ? null : e;
                }
            }
        }
        return null;
    }

    /**
     * A URL without its scheme, "www.", fragment and closing slash, in lower case: one page's spellings. The query stays:
     * "index.php?id=12" and "index.php?id=13" are two pages.
     */
    static String address(String url) {
        String a = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int fragment = a.indexOf('#');
        a = fragment >= 0 ? a.substring(0, fragment) : a;
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }
}

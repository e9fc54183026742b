package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntBiFunction;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A column's day page, a notebook or a blog's page of short entries prints several entries side by side, each under a
 * heading that links to the entry's own page, while the address asked for (its canonical URL) and the title it declares
 * (og:title, JSON-LD) are one entry's. The element with the most prose holds them all; the entry whose heading links to
 * the page's own address, or reads as the page's declared title, is the page's story; printed flat, heading after
 * heading in one element, it runs from its heading to the next entry's. A stream of notes without
 * headings marks each note's permalink instead ({@code rel="bookmark"}, microformats' {@code u-url}, often on its time),
 * and the note whose permalink is the page's own address is the story.
 */
final class OwnEntry {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");
    /** How many other notes beside the page's own make a stream of notes. */
    private static final int MIN_OTHER_NOTES = 2;
    /**
     * How much of a box's text its entries make up: the cards of related posts inside a post's text are no box of entries
     * beside the post's header.
     */
    private static final double MIN_BOX_SHARE = 0.8;
    /** A link that declares itself the permalink of the entry it stands in. */
    /** Links only; the tag is asked first, as the selector is asked of every element of the page. */
    private static final Evaluator PERMALINKS = QueryParser.parse("a[rel*=bookmark][href], a.u-url[href]");
    /** Parsed once: asked of every heading on the page. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private OwnEntry() {
    }

    /**
     * The entry of {@code page}'s root that is the page's own, read before the page is cleaned (or changed otherwise
     * since {@code page} was listed): an element with a linked heading
     * that links to one of {@code urls} or reads as one of {@code titles}, beside elements of its tag that hold linked
     * headings of the same level (the other entries), or else an element with a permalink to one of {@code urls} beside
     * elements of its tag holding permalinks or a box of entries of its kind; else {@code null}. An entry printed flat
     * among others is wrapped in place in an element of its own, which is returned.
     */
    static Element find(PageElements page, List<String> urls, List<String> titles) {
        Element root = page.root();
        Set<String> addresses = urls.stream().filter(Objects::nonNull).map(OwnEntry::address)
                .filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        Set<String> named = titles.stream().filter(Objects::nonNull).map(BodyAssembler::fold)
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        if (addresses.isEmpty() && named.isEmpty()) {
            return null;
        }
        // Its headings are read first, then its permalinks, from one list in document order.
        List<Element> all = page.all();
        for (Element heading : all) {
            if (!HEADINGS.contains(heading.normalName())) {
                continue;
            }
            Element link = heading.selectFirst(LINK);
            if (link != null && linksAway(link) && (linksTo(link, addresses)
                    || named.contains(BodyAssembler.fold(heading.text())))) {
                String linkedHeading = heading.normalName() + " a[href]";
                Predicate<Element> another = sibling -> sibling.selectFirst(linkedHeading) != null;
                Element entry = entryOf(heading, root,
                        (sibling, e) -> sibling.normalName().equals(e.normalName()) && another.test(sibling) ? 1 : 0, 1);
                if (entry == null && heading != root) {
                    entry = flatEntry(heading, another);
                }
                if (entry != null) {
                    return entry;
                }
            }
        }
        for (Element permalink : all) {
            if (!permalink.normalName().equals("a") || !PERMALINKS.matches(root, permalink)) {
                continue;
            }
            if (linksAway(permalink) && linksTo(permalink, addresses)) {
                // The other notes' permalinks lead elsewhere (a post's own footer links its permalink again), and a
                // stream shows several: a post's header has one sibling, its text with a list of related posts. A box
                // of other entries ("Earlier notes") holds several, each in an element of the note's kind.
                Element entry = entryOf(permalink, root, (sibling, e) -> otherEntries(sibling, e, addresses),
                        MIN_OTHER_NOTES);
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

    /**
     * Whether {@code link} points to one of {@code addresses}: resolved against the page's address, or, written without
     * a host ("/notes/2024/02/19/count/"), to an address with its path, as the page read from a file with its canonical
     * URL declares one.
     */
    private static boolean linksTo(Element link, Set<String> addresses) {
        if (addresses.contains(address(link.absUrl("href")))) {
            return true;
        }
        String href = link.attr("href").strip();
        if (!href.startsWith("/") || href.startsWith("//")) {
            return false;
        }
        String path = address(href);
        for (String a : addresses) {
            int slash = a.indexOf('/');
            if (slash > 0 && a.substring(slash).equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code link} names a page: an empty link or one to a place on this page resolves to the page itself. */
    private static boolean linksAway(Element link) {
        String href = link.attr("href").strip();
        return !href.isEmpty() && href.charAt(0) != '#' && !href.startsWith("javascript:");
    }

    /**
     * The nearest element above {@code mark} (an entry's linked heading or permalink) with {@code others} other entries at
     * least in its siblings ({@code entriesIn}, given a sibling and the element: a sibling of its tag with a linked heading
     * of the level, permalinks to other pages).
     */
    private static Element entryOf(Element mark, Element root, ToIntBiFunction<Element, Element> entriesIn, int others) {
        for (Element e = mark; e.parent() != null && e != root; e = e.parent()) {
            int found = 0;
            for (Element sibling : e.parent().children()) {
                if (sibling != e && (found += entriesIn.applyAsInt(sibling, e)) >= others) {
                    return e == mark ? null : e;
                }
            }
        }
        return null;
    }

    /**
     * How many other entries beside {@code entry} {@code sibling} is or holds by their permalinks to other pages: each
     * element of the entry's tag and first class with one, where they make up the sibling (a box of other entries), or at
     * least one, a sibling of its tag with such a permalink.
     */
    private static int otherEntries(Element sibling, Element entry, Set<String> addresses) {
        Predicate<Element> another = e -> e.select(PERMALINKS).stream()
                .anyMatch(other -> linksAway(other) && !linksTo(other, addresses));
        int boxed = 0;
        int boxedChars = 0;
        if (!entry.className().isBlank()) {
            for (Element e : sibling.getElementsByClass(entry.classNames().iterator().next())) {
                if (e.normalName().equals(entry.normalName()) && another.test(e)) {
                    boxed++;
                    boxedChars += e.text().length();
                }
            }
        }
        boolean aBox = boxed > 0 && boxedChars >= MIN_BOX_SHARE * sibling.text().length();
        return Math.max(aBox ? boxed : 0, sibling.normalName().equals(entry.normalName()) && another.test(sibling) ? 1 : 0);
    }

    /**
     * The entry under {@code heading} where the entries are printed flat, one heading after another in one element with
     * their paragraphs between (an old site's bulletin, a table cell of notes): the heading and what follows it up to the
     * next entry's heading, wrapped in an element of their own. {@code null} when no other entry's heading is beside it.
     */
    private static Element flatEntry(Element heading, Predicate<Element> another) {
        Element parent = heading.parent();
        if (parent == null || parent.children().stream().noneMatch(s -> isOtherEntry(s, heading, another))) {
            return null;
        }
        List<Node> entry = new ArrayList<>();
        for (Node n = heading; n != null && !(n instanceof Element e && isOtherEntry(e, heading, another)); n = n.nextSibling()) {
            entry.add(n);
        }
        Element wrapper = new Element("div");
        heading.before(wrapper);
        for (Node n : entry) {
            wrapper.appendChild(n);
        }
        return wrapper;
    }

    private static boolean isOtherEntry(Element sibling, Element heading, Predicate<Element> another) {
        return sibling != heading && sibling.normalName().equals(heading.normalName()) && another.test(sibling);
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

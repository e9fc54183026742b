package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a page as parsed, listed in one walk, in document order and by tag, with its text nodes. The readers of a page before it is
 * cleaned (its meta tags, JSON-LD, byline, dates, headline, standfirst and own entry) each walked the whole page, about
 * a tenth of a millisecond a walk on a page of a thousand elements; a list is read in a fifth of that, and a tag's
 * elements at once. The lists hold the page as it was when listed: whatever changes the page reads it afresh after.
 */
final class PageElements {

    private final Element root;
    private final List<Element> all;
    private final List<TextNode> texts;
    private Map<String, List<Element>> byTag;
    private List<Element> attributed;

    private PageElements(Element root, List<Element> all, List<TextNode> texts) {
        this.root = root;
        this.all = all;
        this.texts = texts;
    }

    /** The elements of {@code root}'s subtree, {@code root} first, and its text nodes. */
    static PageElements of(Element root) {
        var all = new ArrayList<Element>();
        var texts = new ArrayList<TextNode>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                all.add(e);
            } else if (node instanceof TextNode t) {
                texts.add(t);
            }
        }, root);
        return new PageElements(root, all, texts);
    }

    /** The element whose subtree is listed. */
    Element root() {
        return root;
    }

    /** Every element, in document order, the root first. */
    List<Element> all() {
        return all;
    }

    /** The text nodes (and character data) below the root, in document order. */
    List<TextNode> texts() {
        if (texts == null) {
            throw new IllegalStateException("a stretch of a listing holds no text nodes");
        }
        return texts;
    }

    /** The elements of a tag ({@link Element#normalName()}), in document order. */
    List<Element> byTag(String tag) {
        index();
        return byTag.getOrDefault(tag, List.of());
    }

    /** The first element of a tag in document order, or null. */
    Element first(String tag) {
        List<Element> tagged = byTag(tag);
        return tagged.isEmpty() ? null : tagged.get(0);
    }

    /**
     * The elements with an attribute, in document order: the only ones a selector of attributes ("[itemprop=author]",
     * "[class*=byline]") can match, and on many pages a minority.
     */
    List<Element> attributed() {
        index();
        return attributed;
    }

    private void index() {
        if (byTag != null) {
            return;
        }
        byTag = new HashMap<>();
        attributed = new ArrayList<>();
        for (Element e : all) {
            byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            if (e.attributesSize() > 0) {
                attributed.add(e);
            }
        }
    }

    /** The elements {@code evaluator} matches, as {@code root().select(evaluator)} finds them. */
    List<Element> select(Evaluator evaluator) {
        return select(evaluator, all);
    }

    /** The elements of {@code candidates} that {@code evaluator} matches, the root being this list's. */
    List<Element> select(Evaluator evaluator, List<Element> candidates) {
        var found = new ArrayList<Element>();
        for (Element e : candidates) {
            if (evaluator.matches(root, e)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first element {@code evaluator} matches in {@code candidates}, or null. */
    Element selectFirst(Evaluator evaluator, List<Element> candidates) {
        for (Element e : candidates) {
            if (evaluator.matches(root, e)) {
                return e;
            }
        }
        return null;
    }

    /** The elements of {@code e}'s subtree, {@code e} first: a stretch of this list, listed again in no walk. */
    PageElements under(Element e) {
        int from = indexOf(e, 0);
        if (from < 0) {
            return of(e);
        }
        Element next = null;
        for (Element up = e; up != null && up != root && next == null; up = up.parent()) {
            next = up.nextElementSibling();
        }
        int to = next == null ? -1 : indexOf(next, from);
        return new PageElements(e, all.subList(from, to < 0 ? all.size() : to), null);
    }

    private int indexOf(Element e, int from) {
        for (int i = from; i < all.size(); i++) {
            if (all.get(i) == e) {
                return i;
            }
        }
        return -1;
    }
}

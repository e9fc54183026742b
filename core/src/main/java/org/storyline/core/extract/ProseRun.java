package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The page's longest run of story paragraphs: the parent of the most prose in long {@code <p>}s with few links,
 * when it holds several. Page builders wrap whole articles in elements whose class names furniture
 * ("elementor-widget-wrap", "field--label-hidden", "socialicons-sticky"); the elements around the run are kept
 * whatever their class says. Cookie notices and appeals for support also run to several paragraphs, so only the
 * longest run on the page counts, and only when it holds half the page's paragraphs.
 */
final class ProseRun {

    private static final int MIN_PARAGRAPHS = 3;
    static final int MIN_PARAGRAPH_CHARS = 100;
    private static final double MAX_LINK_SHARE = 0.3;
    /** The run must hold this share of the page's paragraphs: on a page whose story is cut into wrapped pieces, a
     * cookie notice or an appeal for support can be the longest run and is no story. */
    private static final double MIN_SHARE = 0.5;

    private ProseRun() {
    }

    /** The elements holding the page's longest run of paragraphs, the run's parent included; empty when none. */
    static Set<Element> around(PageElements page) {
        List<Element> paragraphs = new ArrayList<>();
        Map<Element, int[]> byParent = new IdentityHashMap<>();
        int all = 0;
        for (Element p : page.byTag("p")) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH_CHARS && linkChars(p) < MAX_LINK_SHARE * text.length()) {
                int[] run = byParent.computeIfAbsent(p.parent(), k -> new int[2]);
                run[0] += Math.max(1, longLines(p));
                run[1] += text.length();
                all += text.length();
                paragraphs.add(p);
            }
        }
        Element longest = longest(byParent, all);
        if (longest != null) {
            return withAncestors(longest, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return aroundWrappedPieces(paragraphs, all);
    }

    /** The key of the longest run in {@code runs} when it holds enough paragraphs and prose, else null. */
    private static Element longest(Map<Element, int[]> runs, int all) {
        Element longest = null;
        int most = 0;
        for (var entry : runs.entrySet()) {
            int[] run = entry.getValue();
            if (entry.getKey() != null && run[0] >= MIN_PARAGRAPHS && run[1] > most) {
                longest = entry.getKey();
                most = run[1];
            }
        }
        return longest == null || most < MIN_SHARE * all ? null : longest;
    }

    /**
     * The run of a story a page builder sets piece by piece, each piece of paragraphs wrapped in an element of its own
     * inside another (Elementor's text widget and its container, Divi's module and its inner, WPBakery's column and its
     * wrapper), the pieces side by side with the builder's headings, videos and calls to action: the elements from each
     * paragraph written as most of them are (and from the one before the first, an opening classed apart) up to the
     * element holding the pieces, and above it. A teaser card is wrapped once, if at all.
     */
    private static Set<Element> aroundWrappedPieces(List<Element> paragraphs, int all) {
        Map<Element, int[]> byHolder = new IdentityHashMap<>();
        Map<Element, Element> holderOf = new IdentityHashMap<>();
        for (Element p : paragraphs) {
            Element piece = p.parent();
            if (piece == null) {
                continue;
            }
            Element wrapper = piece;
            while (wrapper.parent() != null && wrapper.parent().childrenSize() == 1) {
                wrapper = wrapper.parent();
            }
            if (wrapper != piece && wrapper.parent() != null) {
                int[] run = byHolder.computeIfAbsent(wrapper.parent(), k -> new int[2]);
                run[0] += Math.max(1, longLines(p));
                run[1] += p.text().length();
                holderOf.put(p, wrapper.parent());
            }
        }
        Element holder = longest(byHolder, all);
        if (holder == null) {
            return Set.of();
        }
        List<Element> held = new ArrayList<>();
        Map<String, Integer> written = new HashMap<>();
        for (Element p : paragraphs) {
            if (holderOf.get(p) == holder) {
                held.add(p);
                written.merge(written(p), 1, Integer::sum);
            }
        }
        String story = Collections.max(written.entrySet(), Map.Entry.comparingByValue()).getKey();
        int first = 0;
        while (!written(held.get(first)).equals(story)) {
            first++;
        }
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < held.size(); i++) {
            // the paragraph just before the first one written as the story's opens it, classed apart ("has-drop-cap")
            if (written(held.get(i)).equals(story) || i == first - 1) {
                for (Element e = held.get(i).parent(); e != holder; e = e.parent()) {
                    around.add(e);
                }
            }
        }
        addShortPieces(holder, around, story);
        return withAncestors(holder, around);
    }

    /** How a paragraph is written: its tag and class. A box's paragraph is classed apart from the story's. */
    private static String written(Element p) {
        return ElementKind.key(p);
    }

    /**
     * Adds to {@code around} the pieces between the story's first and last that hold a subheading, a list, a table or a
     * short paragraph written as the story's alone (the builder's heading widget, a text widget holding a list, a table
     * or the line that introduces one), the wrappers down to it.
     */
    private static void addShortPieces(Element holder, Set<Element> around, String story) {
        Element first = null;
        Element last = null;
        for (Element piece = holder.firstElementChild(); piece != null; piece = piece.nextElementSibling()) {
            if (around.contains(piece)) {
                first = first == null ? piece : first;
                last = piece;
            }
        }
        for (Element piece = first; piece != null && piece != last; piece = piece.nextElementSibling()) {
            Element inner = piece;
            while (inner.childrenSize() == 1 && !shortPiece(inner, story)) {
                inner = inner.firstElementChild();
            }
            if (!around.contains(piece) && shortPiece(inner, story)) {
                for (Element e = inner.parent(); e != holder; e = e.parent()) {
                    around.add(e);
                }
            }
        }
    }

    private static boolean shortPiece(Element e, String story) {
        String tag = e.normalName();
        return PageCleaner.SECTION_HEADINGS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("table")
                || tag.equals("p") && written(e).equals(story);
    }

    private static Set<Element> withAncestors(Element e, Set<Element> around) {
        for (Element up = e; up != null; up = up.parent()) {
            around.add(up);
        }
        return around;
    }

    /**
     * How many lines of a paragraph's length {@code p} holds between its {@code <br>}s: a page builder may print a whole
     * story as one {@code <p>} whose paragraphs only line breaks part.
     */
    private static int longLines(Element p) {
        if (p.getElementsByTag("br").isEmpty()) {
            return 1;
        }
        int lines = 0;
        int chars = 0;
        for (Node node : p.childNodes()) {
            if (node instanceof Element e && e.normalName().equals("br")) {
                lines += chars >= MIN_PARAGRAPH_CHARS ? 1 : 0;
                chars = 0;
            } else {
                chars += node instanceof TextNode t ? t.text().strip().length() : node instanceof Element e ? e.text().length() : 0;
            }
        }
        return lines + (chars >= MIN_PARAGRAPH_CHARS ? 1 : 0);
    }

    private static int linkChars(Element p) {
        int n = 0;
        for (Element a : p.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }
}

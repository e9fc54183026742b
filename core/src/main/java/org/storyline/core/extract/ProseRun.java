package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
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
        Map<Element, int[]> byParent = new IdentityHashMap<>();
        int all = 0;
        for (Element p : page.byTag("p")) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH_CHARS && linkChars(p) < MAX_LINK_SHARE * text.length()) {
                int[] run = byParent.computeIfAbsent(p.parent(), k -> new int[2]);
                run[0] += Math.max(1, longLines(p));
                run[1] += text.length();
                all += text.length();
            }
        }
        Element longest = null;
        int most = 0;
        for (var entry : byParent.entrySet()) {
            int[] run = entry.getValue();
            if (entry.getKey() != null && run[0] >= MIN_PARAGRAPHS && run[1] > most) {
                longest = entry.getKey();
                most = run[1];
            }
        }
        if (longest == null || most < MIN_SHARE * all) {
            return Set.of();
        }
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = longest; e != null; e = e.parent()) {
            around.add(e);
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

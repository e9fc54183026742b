package org.storyline.core.extract;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A theme may print a story's body in two elements of one tag and class with something between them (a box of related
 * links, an embedded video, a product carousel). When what stands between weighs more than the second part, the first
 * part alone scores best and the story is cut in two. The second part is taken back with it when it is the first's twin
 * (same tag and class) and nothing else: a wrapper around it holds no other text, and no headline ({@code <h1>},
 * {@code <h2>}) stands between the two, which would open another story.
 */
final class TwinContainers {

    /** How many levels above the chosen element a twin is looked for: themes put the parts of a story close together. */
    private static final int REACH = 3;

    private TwinContainers() {
    }

    /** The element holding {@code chosen} and its twins, when it has any, else {@code chosen}. */
    static Element widened(Element chosen, Map<Element, double[]> tally) {
        if (chosen.className().isBlank() || chosen.parent() == null) {
            return chosen;
        }
        Element widest = chosen;
        Element around = chosen;
        for (int i = 0; i < REACH && around.parent() != null; i++) {
            around = around.parent();
        }
        for (Element twin : around.getElementsByClass(chosen.classNames().iterator().next())) {
            if (!isTwin(twin, chosen, tally)) {
                continue;
            }
            Element wrapper = twin;
            while (wrapper.parent() != null && !BodyAssembler.inside(chosen, wrapper.parent())) {
                wrapper = wrapper.parent();
            }
            Element common = wrapper.parent();
            if (common == null || wrapper.text().length() != twin.text().length() || headlineBetween(chosen, wrapper, common)) {
                continue;
            }
            if (BodyAssembler.inside(widest, common)) {
                widest = common;
            }
        }
        return widest;
    }

    /**
     * Whether {@code within} holds a twin of {@code part}: a page that declares one part of its story as the article body
     * ({@link DeclaredBodyElement}) may go on with it in an undeclared twin.
     */
    static boolean holdsTwin(Element within, Element part, Map<Element, double[]> tally) {
        if (part.className().isBlank()) {
            return false;
        }
        for (Element twin : within.getElementsByClass(part.classNames().iterator().next())) {
            if (isTwin(twin, part, tally)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code twin} is another part of {@code part}'s story: of its tag and class, apart from it, with prose. */
    private static boolean isTwin(Element twin, Element part, Map<Element, double[]> tally) {
        return twin != part && ElementKind.same(twin, part) && holdsAParagraph(twin, tally)
                && !BodyAssembler.inside(twin, part) && !BodyAssembler.inside(part, twin);
    }

    private static boolean holdsAParagraph(Element e, Map<Element, double[]> tally) {
        double[] t = tally.get(e);
        return t != null && t[2] > 0 && t[0] >= ProseRun.MIN_PARAGRAPH_CHARS;
    }

    /** Whether a headline stands between {@code chosen} and {@code wrapper}, both below {@code common}. */
    private static boolean headlineBetween(Element chosen, Element wrapper, Element common) {
        Element top = chosen;
        while (top.parent() != common) {
            top = top.parent();
        }
        int from = Math.min(top.elementSiblingIndex(), wrapper.elementSiblingIndex());
        int to = Math.max(top.elementSiblingIndex(), wrapper.elementSiblingIndex());
        for (int i = from + 1; i < to; i++) {
            Element between = common.child(i);
            if (between.normalName().equals("h1") || between.normalName().equals("h2")
                    || between.selectFirst("h1, h2") != null) {
                return true;
            }
        }
        return false;
    }
}

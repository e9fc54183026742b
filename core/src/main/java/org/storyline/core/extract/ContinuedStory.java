package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;

/**
 * A story that an embed and a box of links cut in two, its second part in an element of another class than the first
 * (a plain {@code <div>}, a "--rest" modifier), both beside the headline in one element. The first part alone scores
 * best when the box weighs more than the second part, and the spine stops where its element ends. The element after the
 * first part, past elements that hold no prose, is its continuation when it holds story paragraphs and no heading of its
 * own that opens another story (an {@code <h1>}, an {@code <h2>}, a linked heading), and the element holding both holds
 * the page's headline.
 */
final class ContinuedStory {

    /** How many elements after the first part are looked at: a box or two and a video stand between the parts. */
    private static final int REACH = 6;

    private ContinuedStory() {
    }

    /** The parent of {@code chosen} when it holds the headline and a continuation of {@code chosen}, else {@code chosen}. */
    static Element widened(Element chosen, Map<Element, double[]> tally, Set<Element> headed) {
        Element parent = chosen.parent();
        if (parent == null || !headed.contains(parent)) {
            return chosen;
        }
        return continuations(chosen, tally).isEmpty() ? chosen : parent;
    }

    /** The elements after {@code first} that continue it, their prose read from the scorer's {@code tally}. */
    static List<Element> continuations(Element first, Map<Element, double[]> tally) {
        return continuations(first, e -> {
            double[] t = tally.get(e);
            return t == null ? 0 : t[0];
        });
    }

    /** The elements after {@code first}, its siblings, that continue it; prose gives an element's prose. */
    static List<Element> continuations(Element first, ToDoubleFunction<Element> prose) {
        var found = new ArrayList<Element>();
        int looked = 0;
        for (Element next = first.nextElementSibling(); next != null && looked++ < REACH; next = next.nextElementSibling()) {
            if (opensAnotherStory(next)) {
                break;
            }
            if (prose.applyAsDouble(next) >= ProseRun.MIN_PARAGRAPH_CHARS && holdsStoryParagraph(next)) {
                found.add(next);
            } else if (prose.applyAsDouble(next) > 0) {
                break;
            }
        }
        return found;
    }

    private static boolean opensAnotherStory(Element e) {
        return e.normalName().equals("h1") || e.normalName().equals("h2")
                || e.selectFirst("h1, h2, h2 a[href], h3 a[href], h4 a[href], a[href] h3") != null;
    }

    private static boolean holdsStoryParagraph(Element e) {
        for (Element p : e.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() >= ProseRun.MIN_PARAGRAPH_CHARS && ClosingLines.isSentence(text)) {
                return true;
            }
        }
        return false;
    }
}

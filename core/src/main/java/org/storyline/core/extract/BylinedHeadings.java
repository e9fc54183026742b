package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Headings with a byline right under them ("By Nia Hughes"): a story's headline, not one of its subheadings. A digest
 * page or an endless one may print a second story after the first in the same element, under an {@code <h2>} and its
 * own byline; a story's own sections never carry one. Read before the page is cleaned, since the cleaner takes bylines
 * by their class.
 */
final class BylinedHeadings {

    /** No byline line is longer; an element holding more is no byline, and its text is not built. */
    private static final int MAX_CHARS = 100;
    private static final List<String> LEVELS = List.of("h2", "h3", "h4");

    private BylinedHeadings() {
    }

    /** The {@code <h2>}-{@code <h4>} elements of {@code page} whose next element is a byline line. */
    static Set<Element> find(PageElements page) {
        Set<Element> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String level : LEVELS) {
            for (Element heading : page.byTag(level)) {
                Element next = heading.nextElementSibling();
                if (next != null && shortText(next) && BylineFinder.isByline(next.text())) {
                    headlines.add(heading);
                }
            }
        }
        return headlines;
    }

    private static boolean shortText(Element e) {
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                chars[0] += node instanceof TextNode t ? t.text().strip().length() : 0;
                return chars[0] > MAX_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] > 0 && chars[0] <= MAX_CHARS;
    }
}

package org.storyline.core.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * A picture's caption in markup that does not say so: a short line alone with an image in a small wrapper
 * ({@code <div><img><div>Workers inspect the pier.</div></div>}), where no {@code <figure>}, {@code <figcaption>} or
 * caption class marks it. The wrapper holds no heading (a list article's item has its name over its picture and text)
 * and no more text than the line and a credit; a story's paragraph sits among its other paragraphs, not alone with a
 * picture.
 */
final class PictureCaptions {

    /** Captions are short; a longer line alone with a picture is a slide's or an item's text. */
    private static final int MAX_LENGTH = 300;
    /** How far up the wrapper holding the picture may be. */
    private static final int MAX_LEVELS = 3;
    /** What else the wrapper may hold beside the line: a credit, a photo count ("1 of 9"). */
    private static final int MAX_OTHER_CHARS = 60;
    private static final Set<String> NEVER_CAPTIONS = Set.of("li", "tr", "td", "th", "dt", "dd");
    private static final Set<String> PAGE_PARTS = Set.of("body", "article", "main", "section");
    /** Selectors parsed once: every short line of a page asks them of up to {@link #MAX_LEVELS} wrappers. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator PICTURES = QueryParser.parse("img, picture");

    private PictureCaptions() {
    }

    /** Whether the block of {@code length} characters {@code owner} holds is a picture's caption. */
    static boolean isCaption(Element owner, int length) {
        if (length > MAX_LENGTH || NEVER_CAPTIONS.contains(owner.normalName())) {
            return false;
        }
        Element up = owner;
        for (int level = 0; level < MAX_LEVELS && up.parent() != null; level++) {
            up = up.parent();
            // The text check comes first and stops early: a wrapper is small, and a story's container is not read whole
            // for each of its short lines.
            if (PAGE_PARTS.contains(up.normalName()) || holdsMoreThan(up, length + MAX_OTHER_CHARS)
                    || up.selectFirst(HEADINGS) != null) {
                return false;
            }
            Element picture = up.selectFirst(PICTURES);
            if (picture != null) {
                return !BodyAssembler.inside(picture, owner);
            }
        }
        return false;
    }

    /** Whether {@code e} holds more than {@code limit} characters of text, a run of spaces counted once; reads no further. */
    private static boolean holdsMoreThan(Element e, int limit) {
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += Words.visibleLength(t.getWholeText());
                }
                return chars[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] > limit;
    }
}

package org.storyline.core.extract;

import java.util.Collections;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The element a page declares as its article's text in schema.org microdata ({@code itemprop="articleBody"}). Where the
 * scorer chose a wider element, the teasers or the next stories beside the declared one outweighed it; the page's own
 * word says where the story is, as its JSON-LD {@code articleBody} does ({@link DeclaredBody}). A page that declares
 * several bodies (one per teaser, or one per paragraph) declares nothing usable. The declared body is widened to the
 * ancestors that add little prose to it, or none but the lede the page declares ({@code itemprop="description"}).
 */
final class DeclaredBodyElement {

    /** The declared body must hold at least this many paragraphs of prose. */
    private static final int MIN_PARAGRAPHS = 2;

    /**
     * How much prose, against the declared body's, its ancestors may add and still be the story: a news plugin declares
     * the text under the lede ("teaser-text" beside "articleBody"), and the lede is the story's.
     */
    private static final double MAX_PROSE_BESIDE = 0.3;
    /** A page declares one lede, or a few; more are the summaries of teasers, and none of them is the story's. */
    private static final int MAX_LEDES = 3;

    private DeclaredBodyElement() {
    }

    /**
     * The one element under {@code chosen} declared as the article body, when it holds prose of its own, with the
     * ancestors that add little to it, or with its continuation; else {@code chosen}.
     */
    static Element within(Element chosen, Element root, Map<Element, double[]> tally) {
        Elements declared = root.getElementsByAttributeValue("itemprop", "articleBody");
        if (declared.size() != 1) {
            return chosen;
        }
        Element body = declared.first();
        double[] own = tally.get(body);
        if (body == chosen || own == null || own[2] < MIN_PARAGRAPHS || !BodyAssembler.inside(body, chosen)
                || TwinContainers.holdsTwin(chosen, body, tally)) {
            return chosen;
        }
        if (continuedBelow(body, tally)) {
            return body.parent();
        }
        for (Element part = body; part.parent() != null && part != chosen; part = part.parent()) {
            if (continuedInLaterParts(part, tally)) {
                return part.parent();
            }
        }
        Elements ledes = chosen.getElementsByAttributeValue("itemprop", "description");
        if (ledes.size() > MAX_LEDES) {
            ledes = new Elements();
        }
        Element story = body;
        for (Element up = body.parent(); story != chosen && tally.get(up)[0] - own[0] - declared(ledes, body, up, tally)
                <= MAX_PROSE_BESIDE * own[0]; up = up.parent()) {
            story = up;
        }
        return story;
    }

    /**
     * Whether the story goes on after the declared body in an element that adds a modifier to its classes ("article-body
     * article-body--continued" after "article-body"), past a video or a box of links: the page declared its first part.
     */
    private static boolean continuedBelow(Element body, Map<Element, double[]> tally) {
        if (body.className().isBlank()) {
            return false;
        }
        for (Element next : ContinuedStory.continuations(body, tally)) {
            if (next.normalName().equals(body.normalName()) && next.classNames().containsAll(body.classNames())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the story goes on after {@code part}, an element around the declared body, in the elements after it that a
     * content system sets alike (TYPO3's "frame frame-default" around a news record, then around a subheading, then around
     * text): a subheading alone in one, story paragraphs in the next. The page declared the record's text, not the
     * parts its editor added below it.
     */
    private static boolean continuedInLaterParts(Element part, Map<Element, double[]> tally) {
        if (part.classNames().isEmpty()) {
            return false;
        }
        boolean subheading = false;
        for (Element next = part.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (Collections.disjoint(next.classNames(), part.classNames())) {
                return false;
            }
            double[] t = tally.get(next);
            if (t != null && t[2] > 0) {
                return subheading && next.selectFirst("a[href] h2, a[href] h3, h2 a[href], h3 a[href]") == null;
            }
            subheading = next.selectFirst("h2, h3") != null && next.selectFirst("a[href]") == null;
            if (!subheading) {
                return false;
            }
        }
        return false;
    }

    /**
     * The prose of the ledes under {@code e}, outside {@code body}, that the page declares as its description
     * ({@code itemprop="description"}).
     */
    private static double declared(Elements ledes, Element body, Element e, Map<Element, double[]> tally) {
        double prose = 0;
        for (Element lede : ledes) {
            double[] t = tally.get(lede);
            prose += t != null && BodyAssembler.inside(lede, e) && !BodyAssembler.inside(lede, body) ? t[0] : 0;
        }
        return prose;
    }
}

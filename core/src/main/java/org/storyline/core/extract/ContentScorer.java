package org.storyline.core.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article text. Every block of prose (long enough, few links)
 * counts for each element above it; every block of link lists or furniture counts against them. The
 * element with the most prose net of furniture wins: it is as wide as the article and no wider, since
 * widening to a parent only pays when the parent adds more prose than links and menus.
 */
final class ContentScorer {

    private static final double SHORT_LINE_WEIGHT = 0.25;
    /** Above this share of its characters in links a block is a line of links, not prose or a plain line. */
    private static final double LINK_LINE_DENSITY = 0.4;
    /** A lone paragraph over this many plain short lines beside it is the introduction of a page of short lines. */
    private static final int MIN_SHORT_LINES = 3;

    /** An element the page names as article text ({@code <article>}, "post-content") counts half again. */
    private static final double CONTENT_BONUS = 1.5;
    /** How many times the chosen element's prose its {@code <article>} must hold to be taken instead. */
    private static final double ARTICLE_PROSE_RATIO = 4;

    /** How much a character of furniture weighs against a character of prose. */
    private final double furnitureWeight;

    ContentScorer(double furnitureWeight) {
        this.furnitureWeight = furnitureWeight;
    }

    /** The chosen element, or {@code root} when no block looks like prose. */
    Element choose(Element root, List<TextBlock> blocks) {
        return choose(root, blocks, Set.of(), Set.of());
    }

    /**
     * The chosen element, or {@code root} when no block looks like prose; {@code headed} are the elements that held
     * a headline before the page was cleaned ({@link FollowingStories#headed}), {@code datedTwins} those that held a
     * headline and a date beside their twins ({@link DatedTwins}).
     */
    Element choose(Element root, List<TextBlock> blocks, Set<Element> headed, Set<Element> datedTwins) {
        Map<Element, double[]> tally = new IdentityHashMap<>();
        for (TextBlock block : blocks) {
            double prose = prose(block);
            double furniture = prose > 0 ? block.linkChars() : furniture(block);
            for (Element e = block.owner(); e != null; e = e.parent()) {
                double[] t = tally.computeIfAbsent(e, k -> new double[3]);
                t[0] += prose;
                t[1] += furniture;
                t[2] += prose > 0 ? 1 : 0;
                if (e == root) {
                    break;
                }
            }
        }
        Element best = root;
        double bestScore = 0;
        for (var entry : tally.entrySet()) {
            double[] t = entry.getValue();
            Element e = entry.getKey();
            boolean named = e.normalName().equals("article") || ClassHints.content(e);
            double score = (t[0] - furnitureWeight * t[1]) * (named ? CONTENT_BONUS : 1);
            if (t[0] > 0 && (score > bestScore || score == bestScore && isAbove(e, best))) {
                best = e;
                bestScore = score;
            }
        }
        Element story = widenedToArticle(beyondLoneParagraph(best, tally, root, blocks), tally);
        Element whole = ContinuedStory.widened(TwinContainers.widened(story, tally), tally, headed);
        Element first = FollowingStories.first(whole, tally, headed, datedTwins);
        Element chosen = HeadedArticle.story(first, blocks, tally, headed);
        return DeclaredBodyElement.within(chosen, root, tally);
    }

    /**
     * The nearest element above {@code chosen} holding more than one paragraph of prose when {@code chosen} holds
     * one: a lone paragraph wins when the story around it is interrupted by link lists or product boxes that
     * outweigh its other paragraphs, but one paragraph is never the story (a disclaimer, a teaser). When no element
     * holds another, a lone sentence shorter than a paragraph is furniture on a page of short lines (a poem, lyrics, a
     * fact sheet), and the article the page marks around it is taken; where the page marks none, a paragraph with three
     * or more plain short lines beside it (the results it introduces) is read with its parent.
     */
    private static Element beyondLoneParagraph(Element chosen, Map<Element, double[]> tally, Element root,
            List<TextBlock> blocks) {
        double[] own = tally.get(chosen);
        if (own == null || own[2] > 1) {
            return chosen;
        }
        for (Element e = chosen.parent(); e != null && e != root; e = e.parent()) {
            double[] t = tally.get(e);
            if (t != null && t[2] > 1) {
                return e;
            }
        }
        if (own[0] < BodyAssembler.SHORT_RUN) {
            for (Element e = chosen.parent(); e != null && e != root; e = e.parent()) {
                if (e.normalName().equals("article") || ClassHints.content(e)) {
                    return e;
                }
            }
        }
        Element parent = chosen.parent();
        return parent != null && parent != root && shortLinesBeside(chosen, parent, blocks) >= MIN_SHORT_LINES ? parent : chosen;
    }

    /**
     * How many lines of plain text, not prose and not links, sit in {@code parent} beside {@code chosen}: the results, a
     * poem's lines, a fact sheet's entries that a lone introductory paragraph stands over.
     */
    private static int shortLinesBeside(Element chosen, Element parent, List<TextBlock> blocks) {
        int lines = 0;
        for (TextBlock block : blocks) {
            if (block.owner().parent() == parent && block.owner() != chosen && block.kind() == TextBlock.Kind.PARAGRAPH
                    && block.linkDensity() <= LINK_LINE_DENSITY && prose(block) == 0) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The {@code <article>} around {@code chosen} when it holds several times the prose: on pages whose
     * story is mostly links (shopping lists, deal round-ups) the furniture outweighs every wide element and
     * a lone disclaimer wins, though the page itself marks where the story is.
     */
    private static Element widenedToArticle(Element chosen, Map<Element, double[]> tally) {
        for (Element e = chosen.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                double[] article = tally.get(e);
                double[] own = tally.get(chosen);
                return article != null && own != null && article[0] > ARTICLE_PROSE_RATIO * own[0] ? e : chosen;
            }
        }
        return chosen;
    }

    /** Ties go to the wider element, so that a lone paragraph never beats the article holding it. */
    private static boolean isAbove(Element candidate, Element current) {
        for (Element e = current.parent(); e != null; e = e.parent()) {
            if (e == candidate) {
                return true;
            }
        }
        return false;
    }

    /**
     * Characters of prose in the block: sentences with few links or citing a source ({@link CitingSentence}), not a
     * caption.
     */
    static double prose(TextBlock block) {
        if (block.kind() == TextBlock.Kind.CAPTION || block.kind() == TextBlock.Kind.FIGURE
                || block.kind() == TextBlock.Kind.TIME_STAMP) {
            return 0;
        }
        int length = block.length();
        if (block.linkDensity() > LINK_LINE_DENSITY) {
            // A sentence that links its second half is prose through and through, its link included.
            return CitingSentence.is(block) ? length : 0;
        }
        if (length >= 80 || length >= 25 && hasSentencePunctuation(block.text())) {
            return length - block.linkChars();
        }
        return 0;
    }

    static double furniture(TextBlock block) {
        if (block.kind() == TextBlock.Kind.CAPTION || block.kind() == TextBlock.Kind.FIGURE) {
            return 0;
        }
        // Short lines without links (dates, labels, "Advertisement") weigh a little: enough that a
        // wrapper is not widened to take in a page header, too little to cut subheadings off.
        return block.linkDensity() > LINK_LINE_DENSITY ? block.length() : SHORT_LINE_WEIGHT * block.length();
    }

    private static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '。' || c == '，') {
                return true;
            }
        }
        return false;
    }
}

package org.storyline.core.extract;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A sentence that opens in plain words and links its second half ("Stocks rose overnight after the trade figures,
 * <a>led by exporters in Seoul.</a>"), as a briefing or a roundup cites its sources: prose, however much of it is link
 * text; so is one that links its opening to another site and goes on in words of its own. A line of links opens on its
 * link ("<a>Ferry fares to rise</a>") or on a short label ("Read more: <a>...</a>").
 */
final class CitingSentence {

    /** A sentence citing its source links at most this share of itself; more is a link with a label before it. */
    private static final double MAX_LINK_DENSITY = 0.6;
    /** How many plain characters the sentence opens with. */
    private static final int MIN_PLAIN_OPENING = 25;
    /** How many plain characters a sentence that opens on its source goes on with after the link. */
    private static final int MIN_PLAIN_TAIL = 40;

    private CitingSentence() {
    }

    /** Whether {@code block} is such a sentence. */
    static boolean is(TextBlock block) {
        if (block.linkDensity() > MAX_LINK_DENSITY || !endsASentence(block.text())) {
            return false;
        }
        Node first = block.owner().childNodeSize() == 0 ? null : block.owner().childNode(0);
        return first instanceof TextNode t && t.text().strip().length() >= MIN_PLAIN_OPENING || goesOnAfterItsSource(block);
    }

    /**
     * Whether {@code block} links its opening words to a source on another site and goes on in plain words of its own, as
     * a link roundup's item does ("<a>A town has named its 4,812 lampposts</a>, chosen by residents. There is a Lamppost
     * Gerrit."). A teaser links to the site's own story.
     */
    private static boolean goesOnAfterItsSource(TextBlock block) {
        Node last = block.owner().childNodeSize() == 0 ? null : block.owner().childNode(block.owner().childNodeSize() - 1);
        return last instanceof TextNode t && t.text().strip().length() >= MIN_PLAIN_TAIL && OffSiteLinks.only(block.owner());
    }

    private static boolean endsASentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}

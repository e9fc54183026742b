package org.storyline.core.extract;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A sentence that opens in plain words and links its second half ("Stocks rose overnight after the trade figures,
 * <a>led by exporters in Seoul.</a>"), as a briefing or a roundup cites its sources: prose, however much of it is link
 * text. A line of links opens on its link ("<a>Ferry fares to rise</a>") or on a short label ("Read more: <a>...</a>").
 */
final class CitingSentence {

    /** A sentence citing its source links at most this share of itself; more is a link with a label before it. */
    private static final double MAX_LINK_DENSITY = 0.6;
    /** How many plain characters the sentence opens with. */
    private static final int MIN_PLAIN_OPENING = 25;

    private CitingSentence() {
    }

    /** Whether {@code block} is such a sentence. */
    static boolean is(TextBlock block) {
        if (block.linkDensity() > MAX_LINK_DENSITY || !endsASentence(block.text())) {
            return false;
        }
        Node first = block.owner().childNodeSize() == 0 ? null : block.owner().childNode(0);
        return first instanceof TextNode t && t.text().strip().length() >= MIN_PLAIN_OPENING;
    }

    private static boolean endsASentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}

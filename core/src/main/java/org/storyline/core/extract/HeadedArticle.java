package org.storyline.core.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * An opinion column or a short story can weigh less than the cards after it that tease the site's other pieces, each a
 * linked headline over a summary of a few sentences, too long for {@link TeaserCards}' line or two: the element with the
 * most prose then holds the story and the cards. The page marks the story as the {@code <article>} that carries its
 * headline; when the chosen element's other prose all sits in cards under linked headings, that article is the story.
 */
final class HeadedArticle {

    /** How many paragraphs of prose the article needs to be a story, not a header over it. */
    private static final int MIN_STORY_PARAGRAPHS = 3;

    private HeadedArticle() {
    }

    /**
     * The article inside {@code chosen} that held the headline, when the rest of {@code chosen}'s prose is teaser cards;
     * else {@code chosen}. {@code headed} are the elements that held a headline before the page was cleaned.
     */
    static Element story(Element chosen, List<TextBlock> blocks, Map<Element, double[]> tally, Set<Element> headed) {
        Element article = null;
        for (Element e : chosen.getElementsByTag("article")) {
            double[] t = tally.get(e);
            if (e != chosen && headed.contains(e) && t != null && t[2] >= MIN_STORY_PARAGRAPHS) {
                if (article != null && !BodyAssembler.inside(e, article)) {
                    return chosen;
                }
                article = article == null ? e : article;
            }
        }
        if (article == null) {
            return chosen;
        }
        Map<Element, Boolean> cards = new IdentityHashMap<>();
        boolean teasers = false;
        for (TextBlock block : blocks) {
            if (ContentScorer.prose(block) > 0 && BodyAssembler.inside(block.owner(), chosen)
                    && !BodyAssembler.inside(block.owner(), article)) {
                if (!inCard(block.owner(), article, cards)) {
                    return chosen;
                }
                teasers = true;
            }
        }
        return teasers ? article : chosen;
    }

    /**
     * Whether an element around {@code e} that does not hold {@code article} holds a linked heading: a card teasing another
     * piece.
     */
    private static boolean inCard(Element e, Element article, Map<Element, Boolean> cards) {
        for (Element up = e; up != null && !BodyAssembler.inside(article, up); up = up.parent()) {
            if (cards.computeIfAbsent(up, HeadedArticle::holdsALinkedHeading)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsALinkedHeading(Element e) {
        return e.selectFirst("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4") != null;
    }
}

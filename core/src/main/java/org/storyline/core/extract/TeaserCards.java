package org.storyline.core.extract;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The summaries on cards that tease other stories. A site sets a card for a related story inside or after the article:
 * the story's headline as a link over a line or two of summary, in an element of their own. The linked headline goes
 * with the other links; its summary has no link and reads as prose, though it is no part of the story. A list
 * article's items look alike but share their element with the story's other paragraphs; a product's box in a deals
 * roundup looks alike too, but its name links to the shop, on another site.
 */
final class TeaserCards {

    /**
     * A teased story's headline is a title of some words ("$50" over a product's description is a price), or a shorter
     * one that the card's own "Read more" button repeats.
     */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** An excerpt's card holds its paragraph and its link, perhaps a picture: a few elements, not a story's many. */
    private static final int MAX_CARD_CHILDREN = 4;
    /** The link under an excerpt is a word or three ("Read more", "Continue reading"). */
    private static final int MAX_READ_ON_WORDS = 3;
    /** A card's line of date, author or section is short. */
    private static final int MAX_CARD_LINE = 60;
    /** A summary is a line or two. */
    private static final int MAX_SUMMARY = 400;

    private TeaserCards() {
    }

    /**
     * Whether {@code block} is the line a card may set between its headline and its summary: a date, an author, a
     * section, short and no prose.
     */
    private static boolean isCardLine(TextBlock block) {
        return block.kind() == TextBlock.Kind.PARAGRAPH && block.length() <= MAX_CARD_LINE && ContentScorer.prose(block) == 0;
    }

    /** The blocks of {@code story} that are the summaries of teaser cards. */
    static Set<TextBlock> summaries(List<TextBlock> story) {
        Set<TextBlock> summaries = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i + 1 < story.size(); i++) {
            TextBlock heading = story.get(i);
            TextBlock next = story.get(i + 1);
            if (isCardLine(next) && i + 2 < story.size()) {
                next = story.get(i + 2);
            }
            if (heading.kind() == TextBlock.Kind.HEADING && heading.linkDensity() > 0.5 && next.linkDensity() <= 0.5
                    && next.length() <= MAX_SUMMARY && ContentScorer.prose(next) > 0 && !OffSiteLinks.only(heading.owner())) {
                Element card = commonAncestor(heading.owner(), next.owner());
                if (card != null && (Words.count(heading.text()) >= MIN_HEADLINE_WORDS || readMore(card, heading))
                        && holdsNoOtherProse(story, card, next)) {
                    summaries.add(next);
                }
            }
        }
        Map<Element, Integer> blocksOf = new IdentityHashMap<>();
        for (TextBlock block : story) {
            blocksOf.merge(block.owner(), 1, Integer::sum);
        }
        for (TextBlock block : story) {
            if (blocksOf.get(block.owner()) == 1 && ContentScorer.prose(block) > 0 && isExcerpt(block)) {
                summaries.add(block);
            }
        }
        return summaries;
    }

    /**
     * Whether every one of {@code paragraphs} is the summary of a teaser card among {@code blocks}, the page as read: a
     * reading that found only another story's teaser, not a short post of the page's own.
     */
    static boolean onlySummaries(List<TextBlock> blocks, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        Set<String> summaries = new HashSet<>();
        for (TextBlock block : summaries(blocks)) {
            summaries.add(block.text());
        }
        return summaries.containsAll(paragraphs);
    }

    /**
     * Whether {@code block} is the excerpt on a card with no heading that a site repeats for its other pieces (a blog's
     * other reflections under the one asked for): the card holds its one paragraph and, under it, a short link to another
     * page of this site ("Read more", "Continue reading"), nothing else, and beside it a card of its tag and class holds
     * such a link too. A story whose every paragraph a theme wraps in an element of its own links inside the paragraphs.
     * Only a block alone in its element is asked: the lines of a post set with {@code <br>}s share one element, and
     * reading the cards around each of them again made a long such page quadratic.
     */
    private static boolean isExcerpt(TextBlock block) {
        Element card = block.owner().parent();
        if (card == null || card.childrenSize() > MAX_CARD_CHILDREN) {
            return false;
        }
        Element link = readOnLink(card);
        if (link == null || card.parent() == null || card.className().isBlank() || BodyAssembler.inside(link, block.owner())
                || card.text().length() > block.length() + link.text().length() + 1
                || card.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
            return false;
        }
        for (Element sibling : card.parent().children()) {
            if (sibling != card && ElementKind.same(sibling, card) && readOnLink(sibling) != null) {
                return true;
            }
        }
        return false;
    }

    /** The card's short link to another page of this site, if it has one and one paragraph. */
    private static Element readOnLink(Element card) {
        if (card.getElementsByTag("p").size() > 1) {
            return null;
        }
        for (Element a : card.select("a[href]")) {
            if (Words.count(a.text()) <= MAX_READ_ON_WORDS && !a.text().isBlank() && onThisSite(a)
                    && !a.attr("href").startsWith("#")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether the card links a second time to the page of this site its heading leads to: a "Read more" button under the
     * summary. A short heading over a line is as often a section's name ("Our programs") or a product's, whose button
     * leads to a shop on another site.
     */
    private static boolean readMore(Element card, TextBlock heading) {
        Element link = heading.owner().selectFirst("a[href]");
        if (link == null || !onThisSite(link)) {
            return false;
        }
        String href = link.attr("href");
        int n = 0;
        for (Element a : card.select("a[href]")) {
            n += a.attr("href").equals(href) ? 1 : 0;
        }
        return n >= 2;
    }

    private static boolean onThisSite(Element link) {
        String href = link.attr("href");
        if (!href.startsWith("http") && !href.startsWith("//")) {
            return true;
        }
        return PageHosts.own(link.ownerDocument(), link.absUrl("href"));
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element e = a; e != null; e = e.parent()) {
            if (BodyAssembler.inside(b, e)) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code summary} is the only prose of the story inside {@code card}. */
    private static boolean holdsNoOtherProse(List<TextBlock> story, Element card, TextBlock summary) {
        for (TextBlock block : story) {
            if (block != summary && ContentScorer.prose(block) > 0 && BodyAssembler.inside(block.owner(), card)) {
                return false;
            }
        }
        return true;
    }
}

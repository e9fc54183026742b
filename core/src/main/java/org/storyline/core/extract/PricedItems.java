package org.storyline.core.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lines of a shopping list. A deals roundup prints each deal as a line whose product and shop are links ("Sonora
 * headphones for $179 (was $279) at Shopmart") and a box of related stories prints each as a line of links; only the
 * deal names a price in the text around its links, and it is the story's, however many of its words are links. A
 * roundup may also link the whole line ("30 per cent off the Sonora headphones, $179"): such a line is a deal when
 * it names a product, a price or a discount, and leads off the site, to a shop: a linked headline of the site's own
 * that names a price ("Fares to rise to $12") is a teaser, and a shop's button names a price and a shop, not a
 * product ("$19 $14 at Shopmart", "View on Shopmart $29"). A deal linked whole may also head its paragraph, its
 * description under it after a {@code <br>}.
 */
final class PricedItems {

    private static final Pattern PRICE = Pattern.compile("[$£€¥]\\s?\\d|\\d\\s?(?:€|EUR|USD|GBP)\\b");
    private static final Pattern DISCOUNT = Pattern.compile("\\d\\s?(?:%|per ?cent) off\\b", Pattern.CASE_INSENSITIVE);
    /** A deal is a line; a longer block dense with links is a list of them run together. */
    private static final int MAX_LENGTH = 300;
    /** A product's name and its price: a price alone ("$99 $150") is a product box's tag. */
    private static final int MIN_WORDS = 4;
    /** A deal linked whole names its product in words; a shop's button, a shop and a price ("View on Shop Mart $23"). */
    private static final int MIN_LINKED_WORDS = 5;

    private PricedItems() {
    }

    /** Whether {@code block} is a line, the whole of its element, whose text outside its links names a price. */
    static boolean isPriced(TextBlock block) {
        if (block.length() > MAX_LENGTH || block.linkChars() == 0
                || block.kind() != TextBlock.Kind.LIST_ITEM && block.kind() != TextBlock.Kind.PARAGRAPH
                || Words.count(block.text()) < MIN_WORDS) {
            return false;
        }
        if (!block.owner().text().equals(block.text())) {
            return dealOverItsDescription(block);
        }
        String unlinked = unlinked(block.owner());
        if (PRICE.matcher(unlinked).find()) {
            return true;
        }
        return unlinked.chars().noneMatch(Character::isLetterOrDigit) && block.owner().select("a").size() == 1
                && linkedDeal(block.owner(), block.text());
    }

    /**
     * Whether {@code block} is one link on a line of its own, a deal linked whole, over the lines that describe it in the
     * same paragraph ("Sonora headphones: was $279 now $179 @ Shopmart", a {@code <br>}, then why it is worth buying).
     */
    private static boolean dealOverItsDescription(TextBlock block) {
        for (Element a : block.owner().getElementsByTag("a")) {
            if (a.text().equals(block.text())) {
                return linkedDeal(a, block.text());
            }
        }
        return false;
    }

    /** Whether {@code text}, linked whole in {@code e}, names a product and its price or discount and leads to a shop. */
    private static boolean linkedDeal(Element e, String text) {
        return wordsWithLetters(text) >= MIN_LINKED_WORDS && OffSiteLinks.only(e)
                && (PRICE.matcher(text).find() || DISCOUNT.matcher(text).find());
    }

    private static int wordsWithLetters(String text) {
        int n = 0;
        for (String w : Words.of(text)) {
            if (w.chars().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /** The text of {@code e} outside its links. */
    private static String unlinked(Element e) {
        var text = new StringBuilder();
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element child && !child.normalName().equals("a")) {
                text.append(' ').append(unlinked(child)).append(' ');
            }
        }
        return text.toString();
    }
}

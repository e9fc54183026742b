package org.storyline.core.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The lines of a shopping list. A deals roundup prints each deal as a line whose product and shop are links ("Sonora
 * headphones for $179 (was $279) at Shopmart") and a box of related stories prints each as a line of links; only the
 * deal names a price in the text around its links, and it is the story's, however many of its words are links.
 */
final class PricedItems {

    private static final Pattern PRICE = Pattern.compile("[$£€¥]\\s?\\d|\\d\\s?(?:€|EUR|USD|GBP)\\b");
    /** A deal is a line; a longer block dense with links is a list of them run together. */
    private static final int MAX_LENGTH = 300;
    /** A product's name and its price: a price alone ("$99 $150") is a product box's tag. */
    private static final int MIN_WORDS = 4;

    private PricedItems() {
    }

    /** Whether {@code block} is a line, the whole of its element, whose text outside its links names a price. */
    static boolean isPriced(TextBlock block) {
        if (block.length() > MAX_LENGTH || block.linkChars() == 0
                || block.kind() != TextBlock.Kind.LIST_ITEM && block.kind() != TextBlock.Kind.PARAGRAPH
                || Words.count(block.text()) < MIN_WORDS || !block.owner().text().equals(block.text())) {
            return false;
        }
        return PRICE.matcher(unlinked(block.owner())).find();
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

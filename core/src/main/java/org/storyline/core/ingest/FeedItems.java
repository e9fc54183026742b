package org.storyline.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a feed that is not well-formed as a whole, cut out as text: each becomes a one-item feed
 * made of the original header, the item, and the closing tags, so a parser can judge it alone.
 */
final class FeedItems {

    private static final Pattern RSS_ITEM = Pattern.compile("(?is)<item\\b[^>]*>.*?</item\\s*>");
    private static final Pattern RSS_OPEN = Pattern.compile("(?i)<item\\b");
    private static final Pattern ATOM_ENTRY = Pattern.compile("(?is)<entry\\b[^>]*>.*?</entry\\s*>");
    private static final Pattern ATOM_OPEN = Pattern.compile("(?i)<entry\\b");

    private final String header;
    private final String closing;
    private final List<String> items;
    private final int opened;

    private FeedItems(String header, String closing, List<String> items, int opened) {
        this.header = header;
        this.closing = closing;
        this.items = items;
        this.opened = opened;
    }

    static FeedItems split(String xml) {
        boolean atom = ATOM_OPEN.matcher(xml).find() && !RSS_OPEN.matcher(xml).find();
        Pattern item = atom ? ATOM_ENTRY : RSS_ITEM;
        Matcher open = (atom ? ATOM_OPEN : RSS_OPEN).matcher(xml);
        int opened = 0;
        int firstOpen = -1;
        while (open.find()) {
            firstOpen = firstOpen < 0 ? open.start() : firstOpen;
            opened++;
        }
        List<String> items = new ArrayList<>();
        Matcher matcher = item.matcher(xml);
        while (matcher.find()) {
            items.add(matcher.group());
        }
        String header = firstOpen < 0 ? "" : xml.substring(0, firstOpen);
        return new FeedItems(header, atom ? "</feed>" : "</channel></rss>", items, opened);
    }

    /** Items opened in the text, whole or not. */
    int count() {
        return Math.max(opened, items.size());
    }

    /** Item {@code i} as a feed of its own, or empty when the text ends before the item closes. */
    Optional<String> standalone(int i) {
        return i < items.size() ? Optional.of(header + items.get(i) + closing) : Optional.empty();
    }
}

package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Turns the blocks inside the chosen content element into body paragraphs and captions. Link lists,
 * stray furniture lines ("Advertisement", "Share this article") and the headline itself are dropped;
 * captions go apart, each once, and never also into the body.
 */
final class BodyAssembler {

    private static final Set<String> FURNITURE_LINES = WordList.load("furniture-lines.txt");
    private static final int FURNITURE_LINE_MAX = 60;

    /** The body and captions of one page. */
    record Body(List<String> paragraphs, List<String> captions) {
    }

    private BodyAssembler() {
    }

    static Body assemble(Element container, List<TextBlock> blocks, String title) {
        var captions = new LinkedHashSet<String>();
        var paragraphs = new ArrayList<String>();
        String foldedTitle = title == null ? null : fold(title);
        for (TextBlock block : blocks) {
            if (!inside(block.owner(), container)) {
                continue;
            }
            switch (block.kind()) {
                case CAPTION -> captions.add(block.text());
                case FIGURE -> { }
                default -> {
                    if (keep(block, foldedTitle)) {
                        paragraphs.add(block.text());
                    }
                }
            }
        }
        paragraphs.removeIf(captions::contains);
        return new Body(dedupeAdjacent(paragraphs), List.copyOf(captions));
    }

    private static boolean keep(TextBlock block, String foldedTitle) {
        double density = block.linkDensity();
        if (density > 0.5 || block.kind() == TextBlock.Kind.LIST_ITEM && density > 0.3) {
            return false;
        }
        if (block.length() <= FURNITURE_LINE_MAX && FURNITURE_LINES.contains(fold(block.text()))) {
            return false;
        }
        return !(block.kind() == TextBlock.Kind.HEADING && foldedTitle != null && fold(block.text()).equals(foldedTitle));
    }

    private static List<String> dedupeAdjacent(List<String> paragraphs) {
        var out = new ArrayList<String>(paragraphs.size());
        for (String p : paragraphs) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and digits only, single spaces: how furniture lines and titles are compared. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

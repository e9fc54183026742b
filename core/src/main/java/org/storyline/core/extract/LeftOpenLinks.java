package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Undoes what an HTML parser makes of a link the page never closed ({@code <nav><a href="/news">News</nav>}):
 * it reopens the link wherever text follows, so the article's headline and paragraphs end up inside
 * copies of it and would all read as link text. A copy is told by its traces: one copy wraps blocks
 * holding more text than any story card, or the parser left empty copies where only whitespace followed
 * and some copy wraps blocks of prose (a social embed repeats its address on a few short links). Every copy after the first link with that address is replaced by its
 * contents.
 */
final class LeftOpenLinks {

    /** Fewer links to one address than this are a card (image link, title link), not a parser's copies. */
    private static final int MIN_COPIES = 3;
    /** A link wrapping blocks with this much text wraps the page, not a teaser. */
    private static final int MIN_WRAPPED_CHARS = 400;
    /** With empty copies as well, a wrapped line of this much text will do; an embed's "View post" will not. */
    private static final int MIN_WRAPPED_WITH_EMPTY_COPIES = 100;

    private LeftOpenLinks() {
    }

    /**
     * Unwraps the copies of left-open links below the root of {@code page}, listed as it is now, in place; whether it
     * changed the page (and so its listing).
     */
    static boolean repair(PageElements page) {
        Map<String, List<Element>> byAddress = new HashMap<>();
        Set<String> emptied = new HashSet<>();
        Set<String> wrapping = new HashSet<>();
        Set<String> leftOpen = new HashSet<>();
        for (Element a : page.byTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty()) {
                continue;
            }
            byAddress.computeIfAbsent(href, k -> new ArrayList<>()).add(a);
            if (a.childNodeSize() == 0) {
                emptied.add(href);
            } else if (wrapsBlock(a)) {
                long wrapped = PageCleaner.textChars(a);
                if (wrapped >= MIN_WRAPPED_WITH_EMPTY_COPIES) {
                    wrapping.add(href);
                }
                if (wrapped >= MIN_WRAPPED_CHARS) {
                    leftOpen.add(href);
                }
            }
        }
        for (String href : emptied) {
            if (wrapping.contains(href) && byAddress.get(href).size() >= MIN_COPIES) {
                leftOpen.add(href);
            }
        }
        boolean changed = false;
        for (String href : leftOpen) {
            List<Element> links = byAddress.get(href);
            for (Element copy : links.subList(1, links.size())) {
                copy.unwrap();
                changed = true;
            }
        }
        return changed;
    }

    private static boolean wrapsBlock(Element a) {
        // Walked sibling by sibling: children() builds and caches a list for every link on the page.
        for (Element child = a.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BlockReader.BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }
}

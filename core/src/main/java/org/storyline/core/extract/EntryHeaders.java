package org.storyline.core.extract;

import org.jsoup.nodes.Element;

/**
 * The heading of an entry that a page sets in a header of its own, beside the entry's time and author: a live page's post
 * ("17:42 Ferry services cancelled until Saturday", then its paragraphs), a long read's section, a content system's part
 * ("Begleitprogramm", its header alone in a wrapper over the part). The header goes as
 * furniture ({@code <header>}, a class naming a header); its heading is the entry's and stays where the header stood. A
 * teaser's heading links to the story it teases, and the article's own header holds the headline, whose dek is read
 * apart ({@link Standfirst}).
 */
final class EntryHeaders {

    /** The time, the author and a role beside the heading are a line or two. */
    private static final int MAX_BESIDE = 120;
    /** The entry under the header opens with a paragraph of prose. */
    private static final int MIN_PARAGRAPH_CHARS = 80;

    private EntryHeaders() {
    }

    /** Whether the class or id of {@code e} names a header: read from the plain text first, as most elements' do not. */
    private static boolean namesAHeader(Element e) {
        return (e.className().contains("eader") || e.id().contains("eader")) && ClassHints.tokens(e).contains("header");
    }

    /**
     * The element after {@code header}: its next sibling, or, when the header is alone in a wrapper (a content system's
     * part holding only its heading), the wrapper's next sibling.
     */
    private static Element entry(Element header) {
        Element next = header.nextElementSibling();
        Element wrapper = header.parent();
        return next != null || wrapper == null || wrapper.childrenSize() != 1 ? next : wrapper.nextElementSibling();
    }

    /** The heading {@code header} sets over the entry that follows it, or null when it sets none. */
    static Element heading(Element header) {
        Element entry = entry(header);
        if (entry == null || !header.normalName().equals("header") && !namesAHeader(header)) {
            return null;
        }
        Element heading = header.selectFirst("h2, h3, h4");
        if (heading == null || heading == header || header.selectFirst("h1") != null || heading.selectFirst("a") != null
                || heading.closest("a") != null) {
            return null;
        }
        String text = heading.text();
        if (text.isBlank() || header.text().length() > text.length() + MAX_BESIDE) {
            return null;
        }
        for (Element p : entry.getElementsByTag("p")) {
            if (p.text().length() >= MIN_PARAGRAPH_CHARS && p.selectFirst("a") == null) {
                return heading;
            }
        }
        return null;
    }
}

package org.storyline.core.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The standfirst: the sentence or two a page sets just under its headline, marked as such by its class
 * ("article-dek", "subheadline", "strapline"). It is part of the article but sits in the page's header, apart
 * from the body's paragraphs, and header furniture goes before the body is read; so it is found on the whole
 * page first. Only an element among the few after the headline counts; a teaser's summary elsewhere does not.
 */
final class Standfirst {

    private static final int WINDOW = 40;
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 500;

    private Standfirst() {
    }

    /** The standfirst's text under the {@code <h1>} that carries {@code title}, or {@code null}. */
    static String find(Element body, String title) {
        if (title == null) {
            return null;
        }
        String folded = BodyAssembler.fold(title);
        Elements all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            Element h1 = all.get(i);
            if (h1.normalName().equals("h1") && !folded.isEmpty() && BodyAssembler.fold(h1.text()).endsWith(folded)) {
                return after(all, i, h1);
            }
        }
        return null;
    }

    private static String after(Elements all, int h1At, Element h1) {
        for (int i = h1At + 1; i < all.size() && i <= h1At + WINDOW; i++) {
            Element e = all.get(i);
            if (e.parents().contains(h1) || !ClassHints.standfirst(e)) {
                continue;
            }
            String text = Words.squash(e.text()).strip();
            if (Words.count(text) >= MIN_WORDS && text.length() <= MAX_CHARS && e.select("a").text().length() * 5 < text.length()) {
                return text;
            }
        }
        return null;
    }
}

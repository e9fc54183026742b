package org.storyline.core.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The standfirst: the sentence or two a page sets just under its headline, marked as such by its class
 * ("article-dek", "subheadline", "strapline"), by an {@code <hgroup>} around it and the headline, or by the page's meta
 * description repeating it. It is part of the article but sits in the page's header, apart
 * from the body's paragraphs, and header furniture goes before the body is read; so it is found on the whole
 * page first. Only an element among the few after the headline and before the story's first paragraph (or its second
 * short one) counts: a teaser's summary elsewhere, or a card's excerpt set between the story's paragraphs or after
 * them, does not.
 */
final class Standfirst {

    private static final int WINDOW = 40;
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 500;
    /** A story of short paragraphs (a reflection, a poem) has begun after this many paragraphs that are sentences. */
    private static final int STORY_SENTENCES = 2;

    private Standfirst() {
    }

    /** The standfirst's text under the {@code <h1>} that carries {@code title}, or {@code null}. */
    static String find(Element body, String title) {
        if (title == null) {
            return null;
        }
        String folded = BodyAssembler.fold(title);
        for (Element h1 : body.select("h1")) {
            if (!folded.isEmpty() && BodyAssembler.fold(h1.text()).endsWith(folded)) {
                Elements all = body.getAllElements();
                return after(all, all.indexOf(h1), h1, description(body));
            }
        }
        return null;
    }

    private static String description(Element body) {
        Element meta = body.ownerDocument() == null ? null : body.ownerDocument().selectFirst(
                "meta[property=og:description], meta[name=description], meta[name=twitter:description]");
        String text = meta == null ? "" : BodyAssembler.fold(meta.attr("content"));
        return text.isEmpty() ? null : text;
    }

    private static String after(Elements all, int h1At, Element h1, String description) {
        int sentences = 0;
        for (int i = h1At + 1; i < all.size() && i <= h1At + WINDOW; i++) {
            Element e = all.get(i);
            if (e.parents().contains(h1)) {
                continue;
            }
            String text = Words.squash(e.text()).strip();
            if (!ClassHints.standfirst(e) && !BodyAssembler.fold(text).equals(description) && !subtitle(e, h1)) {
                sentences += e.normalName().equals("p") && ClosingLines.isSentence(text) ? 1 : 0;
                if (storyParagraph(e, text) || sentences >= STORY_SENTENCES) {
                    return null;
                }
                continue;
            }
            if (storyParagraphs(e) >= 2) {
                return null;
            }
            if (Words.count(text) >= MIN_WORDS && text.length() <= MAX_CHARS && e.select("a").text().length() * 5 < text.length()) {
                return text;
            }
        }
        return null;
    }

    /** Whether {@code e} is grouped with the headline in an {@code <hgroup>}, which HTML gives a heading's subtitle. */
    private static boolean subtitle(Element e, Element h1) {
        return e.parent() == h1.parent() && h1.parent() != null && h1.parent().normalName().equals("hgroup");
    }

    /**
     * How many of the story's own paragraphs {@code e} holds: a theme may name the element holding the story's first
     * paragraphs its "intro", which is then the story begun, not a standfirst over it.
     */
    private static int storyParagraphs(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += storyParagraph(p, p.text()) ? 1 : 0;
        }
        return n;
    }

    /** Whether {@code e} is a paragraph of the story itself: the standfirst comes before those. */
    private static boolean storyParagraph(Element e, String text) {
        return e.normalName().equals("p") && text.length() >= ProseRun.MIN_PARAGRAPH_CHARS
                && e.select("a").text().length() * 5 < text.length();
    }
}

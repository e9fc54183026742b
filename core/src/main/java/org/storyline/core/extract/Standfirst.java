package org.storyline.core.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standfirst: the sentence or two a page sets just under its headline, marked as such by its class
 * ("article-dek", "subheadline", "strapline"), by an {@code <hgroup>} around it and the headline, or by the page's meta
 * description repeating it or opening on its words (a description cut short, or trimmed to the first sentence). It is
 * part of the article but sits in the page's header, apart from the body's paragraphs, and header furniture goes before
 * the body is read; so it is found on the whole page first. Only an element among the few after the headline and before
 * the story's first paragraph (or its second short one) counts: a teaser's summary elsewhere, or a card's excerpt set
 * between the story's paragraphs or after them, does not.
 */
final class Standfirst {

    private static final int WINDOW = 40;
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 500;
    /** A story of short paragraphs (a reflection, a poem) has begun after this many paragraphs that are sentences. */
    private static final int STORY_SENTENCES = 2;
    /** A description that opens on the same words as a line under the headline describes it. */
    private static final int SAME_OPENING_WORDS = 8;

    /** The headline is an {@code <h1>}; a page with none that carries the title sets it as an {@code <h2>}. */
    private static final List<String> HEADLINE_TAGS = List.of("h1", "h2");
    private static final Evaluator DESCRIPTION =
            QueryParser.parse("meta[property=og:description], meta[name=description], meta[name=twitter:description]");

    private Standfirst() {
    }

    /**
     * The standfirst's lines under the {@code <h1>} of {@code body} that carries {@code title} (or the {@code <h2>}, when
     * no {@code <h1>} does): its text, or its items when it is a list of the story's points (a live page's summary); empty
     * when there is none. {@code page} and {@code body} are the whole page's listing and its body's stretch, listed before
     * anything changed them.
     */
    static List<String> find(PageElements page, PageElements body, String title) {
        if (title == null) {
            return List.of();
        }
        String folded = BodyAssembler.fold(title);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Element> all = body.all();
        for (String tag : HEADLINE_TAGS) {
            for (int i = 0; i < all.size(); i++) {
                Element headline = all.get(i);
                if (headline.normalName().equals(tag) && BodyAssembler.fold(headline.text()).endsWith(folded)) {
                    Element standfirst = after(all, i, headline, description(page));
                    return standfirst == null ? List.of() : lines(standfirst);
                }
            }
        }
        return List.of();
    }

    private static List<String> lines(Element standfirst) {
        Elements items = standfirst.select("li");
        if (items.size() < 2) {
            return List.of(Words.squash(standfirst.text()).strip());
        }
        return items.stream().map(item -> Words.squash(item.text()).strip()).filter(line -> !line.isEmpty()).toList();
    }

    private static String description(PageElements page) {
        Element meta = page.selectFirst(DESCRIPTION, page.byTag("meta"));
        String text = meta == null ? "" : BodyAssembler.fold(meta.attr("content"));
        return text.isEmpty() ? null : text;
    }

    private static Element after(List<Element> all, int h1At, Element h1, String description) {
        int sentences = 0;
        for (int i = h1At + 1; i < all.size() && i <= h1At + WINDOW; i++) {
            Element e = all.get(i);
            if (e.parent() != null && BodyAssembler.inside(e.parent(), h1)) {
                continue;
            }
            String text = Words.squash(e.text()).strip();
            if (!ClassHints.standfirst(e) && !subtitle(e, h1) && !describes(e, text, description)) {
                sentences += e.normalName().equals("p") && ClosingLines.isSentence(text) ? 1 : 0;
                if (storyParagraph(e, text) || sentences >= STORY_SENTENCES) {
                    return null;
                }
                continue;
            }
            if (storyParagraphs(e) >= 2 || e.getElementsByTag("br").size() >= 2) {
                return null;
            }
            if (Words.count(text) >= MIN_WORDS && text.length() <= MAX_CHARS && e.select("a").text().length() * 5 < text.length()
                    && !DateStamp.isDateStamp(text)) {
                return e;
            }
            if (storyParagraph(e, text) && text.length() > MAX_CHARS) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@code e}, of {@code text}, is what the page's folded meta {@code description} says: the same words, or,
     * for a line of text holding no blocks (not the wrapper around the line and a byline), the same opening words when
     * one is the other cut short or trimmed to its first sentence. Only as much of the text is folded as could match:
     * the window after a headline holds the story's containers, each with the whole story's text.
     */
    private static boolean describes(Element e, String unfolded, String description) {
        if (description == null) {
            return false;
        }
        String text = BodyAssembler.fold(unfolded, description.length() + 1);
        if (text.equals(description)) {
            return true;
        }
        String opening = opening(description);
        if (opening == null || !text.startsWith(opening)
                || text.length() > opening.length() && text.charAt(opening.length()) != ' ') {
            return false;
        }
        for (Element inner : e.getAllElements()) {
            if (inner != e && BlockReader.BLOCK_TAGS.contains(inner.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The first {@link #SAME_OPENING_WORDS} words of folded {@code text}, or {@code null} when it has fewer. */
    private static String opening(String text) {
        int end = -1;
        for (int words = 0; words < SAME_OPENING_WORDS; words++) {
            if (end >= text.length()) {
                return null;
            }
            end = text.indexOf(' ', end + 1);
            if (end < 0) {
                end = text.length();
            }
        }
        return text.substring(0, end);
    }

    /** Whether {@code e} is grouped with the headline in an {@code <hgroup>}, which HTML gives a heading's subtitle. */
    private static boolean subtitle(Element e, Element h1) {
        return e.parent() == h1.parent() && h1.parent() != null && h1.parent().normalName().equals("hgroup");
    }

    /**
     * How many of the story's own paragraphs {@code e} holds: a theme may name the element holding the story's first
     * paragraphs its "intro", which is then the story begun, not a standfirst over it. A block whose lines line breaks
     * part (two {@code <br>}s or more) holds paragraphs too, and is the story begun however its first words match the
     * description.
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

package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.storyline.core.model.PublicationTime;

/**
 * The publication date a page shows rather than declares: the text of {@code <time>} elements and of
 * short elements whose class or id speaks of a date ("article-date", "published"), read by
 * {@link DateParser}, or failing those a short leaf just under the headline that holds nothing but a
 * date. Dates in readers' comments do not count.
 */
final class VisibleDates {

    private static final int MAX_TEXT = 120;
    private static final int MAX_ELEMENTS = 40;
    private static final int HEADER_LEVELS = 3;
    /** The article header shows a date or two (published, updated); more are other items' dates. */
    private static final int MAX_SHOWN = 4;
    /** Readers' comments, as a class or id word: "comment-list", "comments", but not "commentary" (opinion). */
    private static final Evaluator COMMENTS = QueryParser.parse(
            "[class~=(?i)(^|[\\s_-])comments?([\\s_-]|$)], [id~=(?i)(^|[_-])comments?([_-]|$)]");
    /** How far below the headline a bare date with no date-like class may stand. */
    private static final int BARE_DATE_REACH = 60;
    private static final int BARE_DATE_TEXT = 30;
    /** Characters beyond the headline's own that an article header (kicker, standfirst, byline, date) may hold. */
    private static final int MAX_HEADER_EXTRA = 400;
    /** Words in a class name of an element that may show a date ("date", "publish", "timestamp", "byline", "meta"...). */
    private static final List<String> DATE_CLASS_WORDS = List.of("date", "publish", "timestamp", "byline", "meta", "info");

    private VisibleDates() {
    }

    /**
     * Every date shown in date-like elements of the article, in page order: first those in the block
     * that holds the headline (a rubric date may stand above the {@code <h1>}), then those after it. Read
     * before the page is cleaned, since date lines are page furniture to the cleaner. Only dates after the
     * first {@code <h1>} count otherwise, when there is one: a site header above it shows today's date.
     */
    static List<PublicationTime> all(PageElements page) {
        var found = new ArrayList<PublicationTime>();
        Element h1 = page.first("h1");
        Element header = h1 == null ? null : headerBlock(h1);
        var read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Element, Boolean>());
        if (header != null) {
            for (Element e : header.getAllElements()) {
                if (mayShowADate(e) && read.add(e)) {
                    add(e, found);
                }
            }
        }
        boolean afterHeadline = h1 == null;
        int seen = 0;
        for (Element e : page.all()) {
            if (!afterHeadline) {
                afterHeadline = e == h1;
                continue;
            }
            if (!mayShowADate(e) || !read.add(e)) {
                continue;
            }
            if (seen++ >= MAX_ELEMENTS || found.size() >= MAX_SHOWN) {
                break;
            }
            add(e, found);
        }
        if (found.isEmpty() && h1 != null) {
            bareDate(h1, page.all(), found);
        }
        return found;
    }

    /**
     * Whether {@code e} may show the date: a {@code <time>}, or an element whose class names a date, a byline or the
     * article's meta line, or whose id names a date. One look at each element's names: a selector of eight attribute
     * tests lower-cased every element's class eight times.
     */
    private static boolean mayShowADate(Element e) {
        if (e.normalName().equals("time")) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        for (String word : DATE_CLASS_WORDS) {
            if (cls.contains(word)) {
                return true;
            }
        }
        return e.id().toLowerCase(Locale.ROOT).contains("date");
    }

    /** Whether {@code e} holds more than {@code limit} characters of text; stops counting there, as pages are large. */
    private static boolean textLongerThan(Element e, int limit) {
        int[] length = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    length[0] += text.text().strip().length();
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return length[0] > limit;
    }

    /** A leaf just below the headline whose whole text is a date: sites with generated class names. */
    private static void bareDate(Element h1, List<Element> pageElements, List<PublicationTime> found) {
        boolean afterHeadline = false;
        int seen = 0;
        for (Element e : pageElements) {
            if (!afterHeadline) {
                afterHeadline = e == h1;
                continue;
            }
            if (seen++ >= BARE_DATE_REACH) {
                return;
            }
            if (e.childrenSize() > 0 || textLongerThan(e, BARE_DATE_TEXT)) {
                continue;
            }
            String text = e.text();
            if (!text.isEmpty() && text.length() <= BARE_DATE_TEXT) {
                PublicationTime t = DateParser.standard().parse(text);
                if (t != null && e.closest(COMMENTS) == null) {
                    found.add(t);
                    return;
                }
            }
        }
    }

    private static void add(Element e, List<PublicationTime> found) {
        if (textLongerThan(e, MAX_TEXT)) {
            return;
        }
        String text = e.text();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return;
        }
        PublicationTime t = DateParser.standard().parse(text);
        if (t != null && e.closest(COMMENTS) == null) {
            found.add(t);
        }
    }

    /**
     * The largest block around the headline, at most {@link #HEADER_LEVELS} up, that still holds little
     * more than a headline's furniture (kicker, byline, date); {@code null} when the headline stands alone.
     */
    private static Element headerBlock(Element h1) {
        Element block = null;
        int limit = h1.text().length() + MAX_HEADER_EXTRA;
        Element up = h1.parent();
        for (int level = 0; level < HEADER_LEVELS && up != null && !up.normalName().equals("body"); level++) {
            if (textLongerThan(up, limit)) {
                break;
            }
            block = up;
            up = up.parent();
        }
        return block;
    }
}

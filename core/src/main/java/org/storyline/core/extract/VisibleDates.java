package org.storyline.core.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.model.PublicationTime;

/**
 * The publication date a page shows rather than declares: the text of {@code <time>} elements and of
 * short elements whose class or id speaks of a date ("article-date", "published"), read by
 * {@link DateParser}; failing that, the date many sites write into their article URLs
 * ({@code /2023/12/20/}).
 */
final class VisibleDates {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
    private static final int MAX_TEXT = 120;
    private static final int MAX_ELEMENTS = 40;

    private VisibleDates() {
    }

    /**
     * Read before the page is cleaned, since date lines are page furniture to the cleaner. Only dates
     * after the first {@code <h1>} count when there is one: a site header above it shows today's date.
     */
    static PublicationTime find(Document page) {
        var candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Element, Boolean>());
        candidates.addAll(page.select("time, [class*=date], [class*=Date], [class*=publish], [id*=date], [class*=timestamp], [class*=byline], [class*=meta], [class*=info]"));
        if (candidates.isEmpty()) {
            return null;
        }
        boolean afterHeadline = page.selectFirst("h1") == null;
        int seen = 0;
        for (Element e : page.getAllElements()) {
            if (!afterHeadline) {
                afterHeadline = e.normalName().equals("h1");
                continue;
            }
            if (!candidates.contains(e)) {
                continue;
            }
            if (seen++ >= MAX_ELEMENTS) {
                break;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_TEXT || e.closest("[class*=comment], [id*=comment]") != null) {
                continue;
            }
            PublicationTime t = DateParser.standard().parse(text);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The date in the URL's path, or {@code null}. */
    static PublicationTime inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return PublicationTime.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

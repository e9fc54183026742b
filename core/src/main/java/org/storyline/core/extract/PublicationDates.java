package org.storyline.core.extract;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.PublicationTime;

/**
 * Chooses an HTML page's publication date among what it declares (JSON-LD, meta tags, the document's
 * hints), what it shows readers under the headline, its URL and its {@code <time>} elements.
 *
 * <p>The declared publication time wins, put back on the page's local clock ({@link LocalDates}), with
 * one exception: a page whose header shows, first, a different date that is its own declared
 * modification date ("Updated on December 14, 2023"), and does not show the publication date at all,
 * presents itself to readers as of that date, and that is the date a reader would cite. A shown date
 * that is neither (a related story's, today's in a sidebar) never overrides the declaration. Without a
 * declaration: the shown date (what readers see), then the URL's (often the day the draft was made),
 * then the first {@code <time datetime>} anywhere on the page.
 */
final class PublicationDates {

    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    private PublicationDates() {
    }

    /** Read before the page is cleaned: the date line and the local {@code <time>} are page furniture to the cleaner. */
    static PublicationTime choose(PageElements page, PageFacts jsonLd, PageFacts meta, DocumentHints hints, String url) {
        List<PublicationTime> allShown = VisibleDates.all(page);
        PublicationTime shown = allShown.isEmpty() ? null : allShown.get(0);
        PublicationTime declared = first(jsonLd.published(), meta.published(), hints.published());
        if (declared == null) {
            PublicationTime inUrl = UrlDates.find(url);
            return shown != null ? shown : inUrl != null ? inUrl : firstTimeElement(page);
        }
        PublicationTime local = LocalDates.localise(declared, page, shown);
        if (shown == null || allShown.stream().anyMatch(t -> t.date().equals(local.date()))) {
            return local;
        }
        PublicationTime modified = first(jsonLd.modified(), meta.modified());
        if (modified == null) {
            return local;
        }
        PublicationTime localModified = LocalDates.localise(modified, page, shown);
        if (localModified.date().equals(shown.date())) {
            return localModified;
        }
        return modified.date().equals(shown.date()) ? shown : local;
    }

    private static PublicationTime first(String... values) {
        return Arrays.stream(values).map(PageDates::parse).filter(t -> t != null).findFirst().orElse(null);
    }

    private static PublicationTime firstTimeElement(PageElements page) {
        Element time = page.selectFirst(TIME, page.byTag("time"));
        return time == null ? null : PageDates.parse(time.attr("datetime"));
    }
}

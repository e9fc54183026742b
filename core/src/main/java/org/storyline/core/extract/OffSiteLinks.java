package org.storyline.core.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether an element's links lead off the site that prints it. A site links its own other stories, tags and reviews;
 * a line linked to another site points at the thing it names (a shop's product, a venue, a source), which is why a
 * story's deals and list items may be links and still be the story's.
 */
final class OffSiteLinks {

    private OffSiteLinks() {
    }

    /** Whether {@code e} holds a link and every link in it leads to another host than the page's own ({@link PageHosts}). */
    static boolean only(Element e) {
        Document page = e.ownerDocument();
        if (page == null || PageHosts.of(page).isEmpty()) {
            return false;
        }
        var links = e.select("a");
        if (links.isEmpty()) {
            return false;
        }
        for (Element a : links) {
            String target = a.absUrl("href");
            if (PageHosts.host(target).isEmpty() || PageHosts.own(page, target)) {
                return false;
            }
        }
        return true;
    }
}

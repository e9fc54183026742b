package org.storyline.core.extract;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Whether an element's links lead off the site that prints it. A site links its own other stories, tags and reviews;
 * a line linked to another site points at the thing it names (a shop's product, a venue, a source), which is why a
 * story's deals and list items may be links and still be the story's.
 */
final class OffSiteLinks {

    private OffSiteLinks() {
    }

    /** Whether {@code e} holds a link and every link in it leads to another host than the page's own. */
    static boolean only(Element e) {
        String page = e.ownerDocument() == null ? "" : host(e.ownerDocument().location());
        if (page.isEmpty()) {
            return false;
        }
        var links = e.select("a");
        if (links.isEmpty()) {
            return false;
        }
        for (Element a : links) {
            String target = host(a.absUrl("href"));
            if (target.isEmpty() || target.endsWith(page) || page.endsWith(target)) {
                return false;
            }
        }
        return true;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package org.storyline.core.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The hosts a page is at: the one it was fetched from and the one its canonical address names. A syndicated copy, a
 * mirror or a page saved to disk links the site the story lives on as its own, so a link to either host is a link
 * within the site. Kept with the parsed document, which the readers of links reach from any element.
 */
final class PageHosts {

    private static final String KEY = "storyline.pageHosts";

    private PageHosts() {
    }

    /** Notes on {@code page} the hosts of {@code urls} (null or unreadable ones are skipped). */
    static void note(Document page, List<String> urls) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String url : urls) {
            String host = url == null ? "" : host(url);
            if (!host.isEmpty()) {
                hosts.add(host);
            }
        }
        page.attributes().userData(KEY, Set.copyOf(hosts));
    }

    /** Whether {@code url} leads to one of the hosts of {@code page}; false when the page's hosts are unknown. */
    static boolean own(Document page, String url) {
        String target = host(url);
        if (target.isEmpty() || page == null) {
            return false;
        }
        for (String host : of(page)) {
            if (target.endsWith(host) || host.endsWith(target)) {
                return true;
            }
        }
        return false;
    }

    /** The hosts noted on {@code page}, else the host of its location; empty when neither is known. */
    static Set<String> of(Document page) {
        if (page.attributes().userData(KEY) instanceof Set<?> noted) {
            @SuppressWarnings("unchecked")
            Set<String> hosts = (Set<String>) noted;
            return hosts;
        }
        String host = host(page.location());
        return host.isEmpty() ? Set.of() : Set.of(host);
    }

    static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package org.storyline.app.web;

import org.storyline.core.store.Page;

/** Previous / next links under a paged list. */
final class Pager {

    private Pager() {
    }

    /** @param base a URL that already has a query string */
    static void append(StringBuilder body, String base, Page<?> page) {
        body.append("<div class=\"pager\">");
        if (page.offset() > 0) {
            body.append("<a rel=\"prev\" href=\"").append(base).append("&amp;offset=")
                    .append(Math.max(0, page.offset() - page.limit())).append("\">\u2190 Previous</a>");
        }
        body.append("<span class=\"meta\">").append(page.total() == 0 ? 0 : page.offset() + 1).append("\u2013")
                .append(page.offset() + page.items().size()).append(" of ").append(page.total()).append("</span>");
        if (page.hasMore() && page.offset() + 2L * page.limit() <= 10_000) {
            body.append("<a rel=\"next\" href=\"").append(base).append("&amp;offset=").append(page.offset() + page.limit())
                    .append("\">Next \u2192</a>");
        }
        body.append("</div>");
    }
}

package org.storyline.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.storyline.app.server.FeedsView;
import org.storyline.core.fetch.FeedState;
import org.storyline.core.fetch.PageStatus;

/** The Feeds page: each watched feed with its last fetch, status, new items and errors. */
final class FeedsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private FeedsPage() {
    }

    static String render(FeedsView view, long articles) {
        StringBuilder body = new StringBuilder("<h1>Feeds</h1>");
        if (view.feeds().isEmpty()) {
            body.append("<p class=\"empty\">No feed is watched in this store. Watch some with "
                    + "<code>storyline watch FEEDS</code> or <code>storyline serve --watch FEEDS</code>.</p>");
            return Layout.page("Feeds", null, body.toString(), articles);
        }
        body.append("<p class=\"meta\" id=\"page-counts\">");
        Map<PageStatus, Long> pages = view.pages();
        body.append(Html.plural(pages.get(PageStatus.STORED), "page stored", "pages stored")).append(", ")
                .append(pages.get(PageStatus.FROM_FEED)).append(" from the feed's text, ")
                .append(pages.get(PageStatus.DUPLICATE)).append(" duplicates, ")
                .append(pages.get(PageStatus.DISALLOWED)).append(" disallowed by robots.txt, ")
                .append(pages.get(PageStatus.PENDING)).append(" pending, ")
                .append(pages.get(PageStatus.FAILED)).append(" failed</p>");
        body.append("<table id=\"feeds\"><thead><tr><th>Feed</th><th>Kind</th><th>Last fetch</th><th>Status</th>"
                + "<th>New</th><th>Items</th><th>Errors</th></tr></thead><tbody>");
        for (FeedState feed : view.feeds()) {
            row(body, feed);
        }
        body.append("</tbody></table>");
        return Layout.page("Feeds", null, body.toString(), articles);
    }

    private static void row(StringBuilder body, FeedState feed) {
        String status = feed.status() == null ? "not fetched yet" : switch (feed.status()) {
            case FETCHED -> "fetched";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> "failed";
        };
        body.append("<tr class=\"feed\"><td>");
        if (feed.title() != null) {
            body.append("<strong>").append(Html.text(feed.title())).append("</strong><br>");
        }
        body.append("<span class=\"meta\">").append(Html.text(feed.url())).append("</span></td><td>")
                .append(feed.kind() == null ? "" : Html.text(feed.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .append("</td><td>").append(when(feed.lastFetch())).append("</td><td class=\"status\">").append(status)
                .append("</td><td class=\"new\">").append(feed.newItems()).append("</td><td>").append(feed.items())
                .append("</td><td class=\"error\">").append(Html.text(feed.error())).append("</td></tr>");
    }

    private static String when(Instant at) {
        return at == null ? "never" : WHEN.format(at);
    }
}

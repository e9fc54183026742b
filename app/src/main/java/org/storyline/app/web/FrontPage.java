package org.storyline.app.web;

import java.io.IOException;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveCounts;
import org.storyline.core.store.Page;
import org.storyline.core.store.StoryCard;
import org.storyline.core.store.StoryFilter;
import org.storyline.core.store.StoryOrder;
import org.storyline.core.store.StorylineCard;

/**
 * The front page: storylines, the newest beside the biggest, each with its latest events in time order;
 * or one paged list when a sort is chosen. {@link #events} lists the events alone.
 */
final class FrontPage {

    private static final int PER_COLUMN = 12;

    private FrontPage() {
    }

    static String render(Archive archive, StoryOrder order, int offset) throws IOException {
        ArchiveCounts counts = archive.counts();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Storylines</h1><p class=\"meta\">").append(Html.plural(counts.storylines(), "storyline", "storylines"))
                .append(" of ").append(Html.plural(counts.stories(), "event", "events"))
                .append(" from ").append(Html.plural(counts.articles(), "article", "articles")).append(", ")
                .append(Html.plural(counts.quotes(), "distinct quote", "distinct quotes"))
                .append(" \u00b7 <a href=\"/events\">all events</a></p>");
        if (counts.stories() == 0) {
            body.append("<p class=\"empty\">The store is empty. Add articles with <code>storyline ingest PATH</code>.</p>");
            return Layout.page("Storylines", null, body.toString(), counts.articles());
        }
        if (order == null) {
            body.append("<div class=\"columns\"><section id=\"newest\"><h2>Newest</h2>");
            storylines(body, archive.storylines(StoryFilter.ALL, 0, PER_COLUMN));
            body.append("<a href=\"/?sort=recent\">All storylines by date \u2192</a></section><section id=\"biggest\"><h2>Biggest</h2>");
            storylines(body, archive.storylines(new StoryFilter(null, null, null, null, null, StoryOrder.SIZE), 0, PER_COLUMN));
            body.append("<a href=\"/?sort=size\">All storylines by size \u2192</a></section></div>");
        } else {
            body.append("<h2>").append(order == StoryOrder.SIZE ? "Biggest first" : "Newest first").append("</h2>");
            Page<StorylineCard> page = archive.storylines(new StoryFilter(null, null, null, null, null, order), offset, 30);
            storylines(body, page);
            Pager.append(body, "/?sort=" + (order == StoryOrder.SIZE ? "size" : "recent"), page);
        }
        return Layout.page("Storylines", null, body.toString(), counts.articles());
    }

    /** Every event, newest or biggest first, paged. */
    static String events(Archive archive, StoryOrder order, int offset) throws IOException {
        StoryOrder sort = order == null ? StoryOrder.RECENT : order;
        StringBuilder body = new StringBuilder("<h1>Events</h1><p class=\"meta\">Each event is one happening across its outlets;"
                + " <a href=\"/\">storylines</a> chain the events that continue one another. <a href=\"/events?sort=recent\">Newest</a>"
                + " \u00b7 <a href=\"/events?sort=size\">biggest</a></p>");
        Page<StoryCard> page = archive.stories(new StoryFilter(null, null, null, null, null, sort), offset, 30);
        page.items().forEach(s -> body.append(Cards.story(s)));
        Pager.append(body, "/events?sort=" + (sort == StoryOrder.SIZE ? "size" : "recent"), page);
        return Layout.page("Events", null, body.toString());
    }

    private static void storylines(StringBuilder body, Page<StorylineCard> page) {
        page.items().forEach(l -> body.append(Cards.storyline(l)));
    }
}

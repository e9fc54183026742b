package org.storyline.app.web;

import java.io.IOException;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveCounts;
import org.storyline.core.store.Page;
import org.storyline.core.store.StoryCard;
import org.storyline.core.store.StoryFilter;
import org.storyline.core.store.StoryOrder;

/** The front page: the newest stories beside the biggest, or one paged list when a sort is chosen. */
final class FrontPage {

    private static final int PER_COLUMN = 12;

    private FrontPage() {
    }

    static String render(Archive archive, StoryOrder order, int offset) throws IOException {
        ArchiveCounts counts = archive.counts();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Stories</h1><p class=\"meta\">").append(Html.plural(counts.stories(), "story", "stories"))
                .append(" from ").append(Html.plural(counts.articles(), "article", "articles")).append(", ")
                .append(Html.plural(counts.quotes(), "distinct quote", "distinct quotes")).append("</p>");
        if (counts.stories() == 0) {
            body.append("<p class=\"empty\">The store is empty. Add articles with <code>storyline ingest PATH</code>.</p>");
            return Layout.page("Stories", null, body.toString(), counts.articles());
        }
        if (order == null) {
            body.append("<div class=\"columns\"><section id=\"newest\"><h2>Newest</h2>");
            list(body, archive.stories(StoryFilter.ALL, 0, PER_COLUMN));
            body.append("<a href=\"/?sort=recent\">All stories by date \u2192</a></section><section id=\"biggest\"><h2>Biggest</h2>");
            list(body, archive.stories(new StoryFilter(null, null, null, null, null, StoryOrder.SIZE), 0, PER_COLUMN));
            body.append("<a href=\"/?sort=size\">All stories by size \u2192</a></section></div>");
        } else {
            String key = order == StoryOrder.SIZE ? "size" : "recent";
            body.append("<h2>").append(order == StoryOrder.SIZE ? "Biggest first" : "Newest first").append("</h2>");
            Page<StoryCard> page = archive.stories(new StoryFilter(null, null, null, null, null, order), offset, 30);
            list(body, page);
            Pager.append(body, "/?sort=" + key, page);
        }
        return Layout.page("Stories", null, body.toString(), counts.articles());
    }

    private static void list(StringBuilder body, Page<StoryCard> page) {
        page.items().forEach(s -> body.append(Cards.story(s)));
    }
}

package org.storyline.app.web;

import java.util.stream.Collectors;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;

/**
 * One storyline: its arc (how it began, what happened since, each sentence cited), its events on a
 * timeline, each linked to its own page, and who said what across them.
 */
final class StorylinePage {

    private StorylinePage() {
    }

    static String render(StorylineView line) {
        StringBuilder body = new StringBuilder("<article class=\"storyline\" data-storyline=\"")
                .append(Html.text(line.id())).append("\">");
        body.append("<div class=\"kicker\">Storyline</div><h1>").append(Html.text(line.title())).append("</h1><div class=\"meta\">");
        body.append(line.period() == null ? "undated" : Html.period(line.period().first(), line.period().last()));
        if (line.place() != null) {
            body.append(" \u00b7 ").append(Html.text(line.place()));
        }
        body.append(" \u00b7 ").append(Html.plural(line.events().size(), "event", "events")).append(" \u00b7 ")
                .append(Html.plural(line.articles(), "article", "articles")).append(" from ")
                .append(Html.plural(line.outlets().size(), "outlet", "outlets")).append("</div>");
        body.append("<div class=\"story-outlets\">").append(Html.badges(line.outlets().stream().map(Outlet::name).toList()))
                .append("</div>");
        StoryPage.summary(body, line.summary());
        events(body, line);
        StoryPage.people(body, line.people());
        if (!line.notes().isEmpty()) {
            body.append("<section id=\"notes\"><h2>Notes</h2><ul>");
            line.notes().forEach(n -> body.append("<li class=\"note\">").append(Html.text(n)).append("</li>"));
            body.append("</ul></section>");
        }
        return Layout.page(line.title(), null, body.append("</article>").toString());
    }

    private static void events(StringBuilder body, StorylineView line) {
        var summarized = line.summary().stream().map(s -> s.text().strip()).collect(Collectors.toSet());
        body.append("<section id=\"events\"><h2>Events</h2><ol class=\"storyline-events\">");
        for (StorylineEvent e : line.events()) {
            body.append("<li class=\"event\" data-event=\"").append(Html.text(e.id())).append("\"><span class=\"date\">")
                    .append(e.period() == null ? "undated" : Html.period(e.period().first(), e.period().last()))
                    .append("</span><div><h3>").append(Html.storyLink(e.id(), e.title())).append("</h3><div class=\"meta\">")
                    .append(Html.plural(e.articles(), "article", "articles"));
            if (e.place() != null) {
                body.append(" \u00b7 ").append(Html.text(e.place()));
            }
            body.append(" ").append(Html.badges(e.outlets())).append("</div>");
            // a lead the summary above already tells is not printed twice
            if (e.lead() != null && !summarized.contains(e.lead().strip())) {
                body.append("<p>").append(Html.text(e.lead())).append("</p>");
            }
            body.append("</div></li>");
        }
        body.append("</ol></section>");
    }
}

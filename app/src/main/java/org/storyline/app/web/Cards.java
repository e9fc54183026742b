package org.storyline.app.web;

import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.QuoteCard;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.store.StoryCard;
import org.storyline.core.store.StorylineCard;

/** How stories, articles and quotes look in lists. */
final class Cards {

    private Cards() {
    }

    static String story(StoryCard s) {
        StringBuilder out = new StringBuilder("<div class=\"card story-card\" data-story=\"").append(Html.text(s.id())).append("\">");
        out.append("<h3>").append(Html.storyLink(s.id(), s.title())).append("</h3>");
        out.append("<div class=\"meta\">").append(Html.period(s.first(), s.last()));
        if (s.place() != null) {
            out.append(" \u00b7 ").append(Html.text(s.place()));
        }
        out.append("</div>");
        if (s.lede() != null) {
            out.append("<p>").append(Html.text(s.lede())).append("</p>");
        }
        out.append("<div>").append(Html.badges(s.outlets())).append("</div>");
        out.append("<div class=\"counts\"><span><b>").append(s.articles()).append("</b> articles</span><span><b>")
                .append(s.outlets().size()).append("</b> outlets</span><span><b>").append(s.quotes())
                .append("</b> quotes</span>");
        if (s.conflicts() > 0) {
            out.append("<span class=\"pill warn\">").append(Html.plural(s.conflicts(), "conflict", "conflicts")).append("</span>");
        }
        out.append("</div>");
        if (!s.people().isEmpty()) {
            out.append("<div class=\"meta\">Quoted: ").append(Html.text(String.join(", ", s.people()))).append("</div>");
        }
        return out.append("</div>").toString();
    }

    /** A storyline with its latest events in time order, each linked to its page. */
    static String storyline(StorylineCard l) {
        StringBuilder out = new StringBuilder("<div class=\"card storyline-card\" data-storyline=\"")
                .append(Html.text(l.id())).append("\">");
        out.append("<h3>").append(Html.storylineLink(l.id(), l.title())).append("</h3>");
        out.append("<div class=\"meta\">").append(Html.period(l.first(), l.last()));
        if (l.place() != null) {
            out.append(" \u00b7 ").append(Html.text(l.place()));
        }
        out.append(" \u00b7 ").append(Html.plural(l.eventCount(), "event", "events")).append("</div>");
        if (l.eventCount() > 1) {
            out.append("<ol class=\"card-events\">");
            if (l.eventCount() > l.events().size()) {
                out.append("<li class=\"meta\">\u2026 ").append(l.eventCount() - l.events().size()).append(" earlier</li>");
            }
            for (StorylineEvent e : l.events()) {
                out.append("<li><span class=\"date\">")
                        .append(e.period() == null ? "undated" : Html.period(e.period().first(), e.period().last()))
                        .append("</span> ").append(Html.storyLink(e.id(), e.title())).append(" ")
                        .append(Html.badges(e.outlets())).append("</li>");
            }
            out.append("</ol>");
        } else if (l.lede() != null) {
            out.append("<p>").append(Html.text(l.lede())).append("</p>");
        }
        out.append("<div>").append(Html.badges(l.outlets())).append("</div>");
        out.append("<div class=\"counts\"><span><b>").append(l.articles()).append("</b> articles</span><span><b>")
                .append(l.outlets().size()).append("</b> outlets</span><span><b>").append(l.quotes())
                .append("</b> quotes</span></div>");
        if (!l.people().isEmpty()) {
            out.append("<div class=\"meta\">Quoted: ").append(Html.text(String.join(", ", l.people()))).append("</div>");
        }
        return out.append("</div>").toString();
    }

    static String article(ArticleCard a) {
        StringBuilder out = new StringBuilder("<div class=\"card article-card\">");
        out.append("<h3>").append(Html.articleLink(a.id(), a.title(), a.outlet())).append("</h3>");
        out.append("<div class=\"meta\">").append(Html.badge(a.outlet())).append(Html.day(a.published()));
        if (a.duplicateOf() != null) {
            out.append(" <span class=\"pill\">copy of another article</span>");
        }
        out.append("</div><p>").append(Html.text(a.lede())).append("</p>");
        out.append("<div class=\"counts\"><span><b>").append(a.quotes()).append("</b> quotes</span><span><b>")
                .append(a.claims()).append("</b> figures</span>");
        if (a.story() != null) {
            out.append("<span><a href=\"/stories/").append(Html.url(a.story())).append("\">the event \u2192</a></span>");
        }
        if (a.storyline() != null) {
            out.append("<span><a href=\"/storylines/").append(Html.url(a.storyline())).append("\">the storyline \u2192</a></span>");
        }
        return out.append("</div></div>").toString();
    }

    static String quote(QuoteCard q, boolean withSpeaker, boolean withStory) {
        StringBuilder out = new StringBuilder("<div class=\"card quote-card\">");
        if (withSpeaker) {
            out.append("<h3>").append(Html.personLink(q.person(), q.speaker())).append("</h3>");
        }
        out.append(Html.quote(q.kind(), q.text()));
        out.append("<div class=\"meta\">").append(Html.badges(q.outlets())).append(Html.day(q.published()));
        if (withStory) {
            out.append(" \u00b7 in ").append(Html.storyLink(q.story(), q.storyTitle()));
        }
        return out.append("</div></div>").toString();
    }
}

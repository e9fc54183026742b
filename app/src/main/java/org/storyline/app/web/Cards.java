package org.storyline.app.web;

import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.QuoteCard;
import org.storyline.core.store.StoryCard;

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

    static String article(ArticleCard a) {
        StringBuilder out = new StringBuilder("<div class=\"card article-card\">");
        out.append("<h3>").append(Html.articleLink(a.id(), a.title())).append("</h3>");
        out.append("<div class=\"meta\">").append(Html.badge(a.outlet())).append(Html.day(a.published()));
        if (a.duplicateOf() != null) {
            out.append(" <span class=\"pill\">copy of another article</span>");
        }
        out.append("</div><p>").append(Html.text(a.lede())).append("</p>");
        out.append("<div class=\"counts\"><span><b>").append(a.quotes()).append("</b> quotes</span><span><b>")
                .append(a.claims()).append("</b> figures</span>");
        if (a.story() != null) {
            out.append("<span><a href=\"/stories/").append(Html.url(a.story())).append("\">the story \u2192</a></span>");
        }
        return out.append("</div></div>").toString();
    }

    static String quote(QuoteCard q, boolean withSpeaker, boolean withStory) {
        StringBuilder out = new StringBuilder("<div class=\"card quote-card\">");
        if (withSpeaker) {
            out.append("<h3>").append(Html.personLink(q.person(), q.speaker())).append("</h3>");
        }
        out.append("<blockquote>").append(Html.text(q.text())).append("</blockquote>");
        out.append("<div class=\"meta\">").append(Html.badges(q.outlets())).append(Html.day(q.published()));
        if (withStory) {
            out.append(" \u00b7 in ").append(Html.storyLink(q.story(), q.storyTitle()));
        }
        return out.append("</div></div>").toString();
    }
}

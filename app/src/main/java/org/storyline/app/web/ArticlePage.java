package org.storyline.app.web;

import java.util.ArrayList;
import java.util.List;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Credit;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Quote;
import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.PersonId;

/** One article: its clean text with quotes and claims marked, then its quotes, figures and names. */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(ArticleCard card, ArticleAnalysis analysis) {
        Article a = analysis.article();
        StringBuilder body = new StringBuilder();
        String title = Html.displayTitle(a.title() == null ? card.title() : a.title(), a.outletName());
        body.append("<h1>").append(Html.text(title)).append("</h1>");
        body.append("<div class=\"meta\">").append(Html.badge(a.outletName() == null ? a.source() : a.outletName()))
                .append(Html.day(card.published()));
        if (a.datelinePlace() != null) {
            body.append(" \u00b7 ").append(Html.text(a.datelinePlace()));
        }
        List<String> bylines = a.credits().stream().map(ArticlePage::credit).toList();
        if (!bylines.isEmpty()) {
            body.append(" \u00b7 ").append(Html.text(String.join("; ", bylines)));
        }
        body.append("</div><p>");
        if (card.story() != null) {
            body.append("<a href=\"/stories/").append(Html.url(card.story())).append("\">\u2190 The whole event across outlets</a> ");
        }
        if (card.storyline() != null) {
            body.append("<a href=\"/storylines/").append(Html.url(card.storyline())).append("\">its storyline</a> ");
        }
        if (a.url() != null) {
            body.append("<a class=\"meta\" rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(StoryPage.safeUrl(a.url())))
                    .append("\">original page</a>");
        }
        body.append("</p><p class=\"legend meta\"><mark class=\"quote\">quote</mark><mark class=\"claim\">figure</mark></p>");
        List<TextMarks.Mark> marks = new ArrayList<>();
        analysis.quotes().forEach(q -> marks.add(new TextMarks.Mark(q.span(), "quote")));
        analysis.claims().forEach(c -> marks.add(new TextMarks.Mark(c.span(), "claim")));
        body.append("<article class=\"body\" id=\"article-text\">").append(TextMarks.render(a.text(), marks)).append("</article>");
        if (!a.captions().isEmpty()) {
            body.append("<h2>Captions</h2><ul>");
            a.captions().forEach(c -> body.append("<li>").append(Html.text(c)).append("</li>"));
            body.append("</ul>");
        }
        quotes(body, analysis.quotes());
        claims(body, analysis.claims());
        entities(body, analysis.entities());
        return Layout.page(title, null, body.toString());
    }

    private static String credit(Credit c) {
        return c.role().name().toLowerCase().replace('_', ' ') + ": " + c.name();
    }

    private static void quotes(StringBuilder body, List<Quote> quotes) {
        body.append("<section id=\"quotes\"><h2>Quotes</h2>");
        if (quotes.isEmpty()) {
            body.append("<p class=\"empty\">No quotes found.</p>");
        } else {
            body.append("<table><tr><th>Speaker</th><th>Kind</th><th>Words</th></tr>");
            for (Quote q : quotes) {
                String name = q.speaker() == null ? "unknown" : q.speaker().name();
                body.append("<tr><td>").append(Html.personLink(PersonId.of(name), name)).append("</td><td><span class=\"pill\">")
                        .append(q.kind().name().toLowerCase()).append("</span> ").append(Html.text(q.cue()))
                        .append("</td><td>").append(Html.text(q.text())).append("</td></tr>");
            }
            body.append("</table>");
        }
        body.append("</section>");
    }

    private static void claims(StringBuilder body, List<Claim> claims) {
        body.append("<section id=\"claims\"><h2>Figures</h2>");
        if (claims.isEmpty()) {
            body.append("<p class=\"empty\">No figures found.</p>");
        } else {
            body.append("<table><tr><th>Subject</th><th>What</th><th>Value</th><th>When</th></tr>");
            for (Claim c : claims) {
                String value = (c.approximate() ? "about " : "") + number(c.value()) + (c.unit() == null ? "" : " " + c.unit())
                        + (c.total() == null ? "" : " of " + number(c.total()));
                body.append("<tr><td>").append(Html.text(c.subject())).append("</td><td>").append(Html.text(c.what()))
                        .append("</td><td>").append(Html.text(value)).append("</td><td>").append(Html.text(c.time()))
                        .append("</td></tr>");
            }
            body.append("</table>");
        }
        body.append("</section>");
    }

    private static void entities(StringBuilder body, List<Entity> entities) {
        body.append("<section id=\"names\"><h2>Names</h2>");
        for (EntityType type : EntityType.values()) {
            List<Entity> of = entities.stream().filter(e -> e.type() == type).toList();
            if (!of.isEmpty()) {
                body.append("<p><b>").append(type.name().charAt(0)).append(type.name().substring(1).toLowerCase())
                        .append(":</b> ");
                for (int i = 0; i < of.size(); i++) {
                    Entity e = of.get(i);
                    body.append(i == 0 ? "" : ", ").append(Html.text(e.name()));
                    if (!e.roles().isEmpty()) {
                        body.append(" <span class=\"meta\">(").append(Html.text(String.join("; ", e.roles()))).append(")</span>");
                    }
                }
                body.append("</p>");
            }
        }
        body.append("</section>");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(java.util.Locale.ENGLISH, "%,d", (long) value)
                : String.format(java.util.Locale.ENGLISH, "%,.2f", value);
    }
}

package org.storyline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storyline.core.StoryRun;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Conflict;
import org.storyline.core.model.Problem;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;

/**
 * One self-contained HTML report page for a run: every storyline with its arc and its events on a timeline,
 * then every event with its outlets side by side, the cited summary, who said what, corroborated,
 * conflicting and only-in items and the timeline. The style sheet
 * is inlined and nothing is loaded from elsewhere. Every piece of article text is escaped: news pages
 * quote markup and scripts, which must show as words.
 */
final class StoryPage {

    private static final String CSS = css();

    private final StringBuilder html = new StringBuilder(64 * 1024);

    static String render(List<StoryRun.Storyline> storylines, int articles, List<Problem> problems) {
        return new StoryPage().page(storylines, articles, problems);
    }

    private String page(List<StoryRun.Storyline> storylines, int articles, List<Problem> problems) {
        int events = storylines.stream().mapToInt(l -> l.events().size()).sum();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Storyline: ").append(storylines.size()).append(" storylines</title><style>").append(CSS)
                .append("</style></head><body>\n<header class=\"run\"><h1>Storyline</h1><p>")
                .append(storylines.size()).append(storylines.size() == 1 ? " storyline, " : " storylines, ")
                .append(events).append(events == 1 ? " event, from " : " events, from ")
                .append(articles).append(articles == 1 ? " article" : " articles")
                .append(problems.isEmpty() ? "" : "; " + problems.size() + " input(s) failed").append("</p></header>\n<main>\n");
        if (storylines.size() > 1) {
            html.append("<nav class=\"toc\"><strong>Storylines</strong><ol>");
            for (int i = 0; i < storylines.size(); i++) {
                var view = storylines.get(i).view();
                html.append("<li><a href=\"#storyline-").append(i + 1).append("\">").append(e(view.title()))
                        .append("</a> <span class=\"meta\">").append(view.events().size())
                        .append(view.events().size() == 1 ? " event, " : " events, ")
                        .append(view.outlets().size()).append(" outlets</span></li>");
            }
            html.append("</ol></nav>\n");
        }
        for (int i = 0; i < storylines.size(); i++) {
            storyline(i + 1, storylines.get(i));
        }
        if (storylines.isEmpty()) {
            html.append("<p class=\"empty\">No stories: no article could be read and analysed.</p>");
        }
        if (!problems.isEmpty()) {
            html.append("<h3>Inputs that failed</h3><div class=\"problems\"><ul>");
            problems.forEach(p -> html.append("<li>").append(e(p.toString())).append("</li>"));
            html.append("</ul></div>");
        }
        return html.append("\n</main></body></html>\n").toString();
    }

    /** A storyline of several events: its arc and its events on a timeline, then each event in full. */
    private void storyline(int number, StoryRun.Storyline storyline) {
        var view = storyline.view();
        html.append("<div class=\"storyline\" id=\"storyline-").append(number).append("\">");
        if (storyline.events().size() > 1) {
            html.append("<h2 class=\"storyline-title\">").append(e(view.title())).append("</h2>")
                    .append("<div class=\"meta\">").append(e(Figures.period(view.period())))
                    .append(view.place() == null ? "" : " \u00b7 " + e(view.place())).append(" \u00b7 ")
                    .append(view.events().size()).append(" events \u00b7 ").append(view.articles()).append(" articles</div>");
            if (!view.summary().isEmpty()) {
                html.append("<h3>So far</h3><ol class=\"summary\">");
                view.summary().forEach(line -> {
                    html.append("<li>").append(e(line.text())).append(' ');
                    line.outlets().forEach(this::chip);
                    html.append("</li>");
                });
                html.append("</ol>");
            }
            html.append("<h3>Events</h3><table class=\"timeline\">");
            for (int i = 0; i < view.events().size(); i++) {
                var event = view.events().get(i);
                html.append("<tr><td class=\"date\">").append(e(Figures.period(event.period()))).append("</td><td><a href=\"#story-")
                        .append(number).append('-').append(i + 1).append("\">").append(e(event.title())).append("</a> ");
                event.outlets().forEach(this::chip);
                html.append("</td></tr>");
            }
            html.append("</table>");
        }
        for (int i = 0; i < storyline.events().size(); i++) {
            story(number + "-" + (i + 1), storyline.events().get(i));
        }
        html.append("</div>\n");
    }

    private void story(String number, StoryView s) {
        html.append("<section class=\"story\" id=\"story-").append(number).append("\"><h2>").append(e(s.title())).append("</h2>")
                .append("<div class=\"meta\">").append(e(Figures.period(s.period())))
                .append(s.place() == null ? "" : " \u00b7 " + e(s.place())).append(" \u00b7 ")
                .append(s.articles().size()).append(s.articles().size() == 1 ? " article" : " articles").append("</div><div>");
        s.outlets().forEach(o -> chip(o.name()));
        html.append("</div>");
        if (!s.notes().isEmpty()) {
            html.append("<ul class=\"notes\">");
            s.notes().forEach(n -> html.append("<li>").append(e(n)).append("</li>"));
            html.append("</ul>");
        }
        if (!s.summary().isEmpty()) {
            html.append("<h3>Summary</h3><ol class=\"summary\">");
            s.summary().forEach(line -> {
                html.append("<li>").append(e(line.text())).append(' ');
                line.outlets().forEach(this::chip);
                html.append("</li>");
            });
            html.append("</ol>");
        }
        outlets(s);
        if (!s.conflicts().isEmpty()) {
            html.append("<h3>Where outlets conflict</h3>");
            s.conflicts().forEach(this::conflict);
        }
        if (!s.corroborated().isEmpty()) {
            html.append("<h3>Corroborated by several outlets</h3>");
            s.corroborated().forEach(this::item);
        }
        if (!s.people().isEmpty()) {
            html.append("<h3>Who said what</h3><div class=\"people\">");
            s.people().forEach(this::person);
            html.append("</div>");
        }
        if (!s.timeline().isEmpty()) {
            html.append("<h3>Timeline</h3><table class=\"timeline\">");
            s.timeline().forEach(ev -> {
                html.append("<tr><td class=\"date\">").append(e(ev.date())).append("</td><td>").append(e(ev.text())).append(' ');
                ev.outlets().forEach(this::chip);
                html.append("</td></tr>");
            });
            html.append("</table>");
        }
        html.append("</section>\n");
    }

    /** One column per outlet: its articles, then what only it reports. */
    private void outlets(StoryView s) {
        html.append("<h3>Outlets side by side</h3><div class=\"outlets\">");
        for (var outlet : s.outlets()) {
            html.append("<div class=\"outlet\"><h4>");
            chip(outlet.name());
            html.append("</h4>");
            s.articles().stream().filter(a -> a.outlet().equals(outlet.name())).forEach(a -> {
                html.append("<div class=\"article\">").append(e(a.title() == null ? a.outlet() + " article" : a.title()))
                        .append("<small>").append(a.published() == null ? "undated" : e(a.published().toString()))
                        .append(a.duplicateOf() == null ? "" : " \u00b7 near-duplicate of another outlet's article")
                        .append(a.url() == null ? "" : " \u00b7 " + e(a.url())).append("</small></div>");
            });
            s.onlyIn().stream().filter(o -> o.outlet().equals(outlet.name())).findFirst().ifPresent(o -> {
                html.append("<div class=\"label\">Only here</div><ul>");
                o.reports().forEach(r -> html.append("<li>").append(kind(r)).append(e(r.text())).append("</li>"));
                html.append("</ul>");
            });
            html.append("</div>");
        }
        html.append("</div>");
    }

    private void item(Report r) {
        html.append("<div class=\"item\">").append(kind(r)).append(e(r.text())).append(' ');
        r.outlets().forEach(this::chip);
        citations(r.citations());
        html.append("</div>");
    }

    private void conflict(Conflict c) {
        html.append("<div class=\"conflict-title\">").append(e(c.subject() == null ? "Contradicting statements" : c.subject()))
                .append(c.measure() == null ? "" : " \u2014 " + e(c.measure())).append("</div><div class=\"conflict\">");
        for (var side : c.sides()) {
            html.append("<div class=\"side\">");
            if (side.claim() != null) {
                html.append("<div class=\"value\">").append(e(Figures.value(side.claim()))).append("</div>");
            }
            html.append(e(side.text())).append("<div>");
            side.outlets().forEach(this::chip);
            html.append("</div></div>");
        }
        html.append("</div>");
    }

    private void person(QuotedPerson p) {
        html.append("<div class=\"person\"><div class=\"name\">").append(e(p.name()))
                .append(p.organization() ? " <span class=\"kind\">organisation</span>" : "").append("</div>");
        if (!p.roles().isEmpty()) {
            html.append("<div class=\"roles\">").append(e(String.join("; ", p.roles()))).append("</div>");
        }
        p.quotes().forEach(q -> {
            html.append(QuoteWording.isParaphrase(q.quoteKind())
                    ? QuoteWording.PARAPHRASE_BLOCKQUOTE + e(q.text()) + " "
                    : "<blockquote>\u201c" + e(q.text()) + "\u201d ");
            q.outlets().forEach(this::chip);
            html.append("</blockquote>");
        });
        html.append("</div>");
    }

    private void citations(List<Citation> citations) {
        html.append("<details><summary>").append(citations.size()).append(" wording")
                .append(citations.size() == 1 ? "" : "s").append("</summary>");
        citations.forEach(c -> html.append("<blockquote><strong>").append(e(c.outlet())).append(":</strong> ")
                .append(e(c.text())).append("</blockquote>"));
        html.append("</details>");
    }

    private static String kind(Report r) {
        var label = switch (r.kind()) {
            case CLAIM -> r.claim() == null ? "claim" : "claim: " + Figures.value(r.claim());
            case QUOTE -> r.speaker() == null ? "quote" : "quote: " + r.speaker();
            case STATEMENT -> "";
        };
        return label.isEmpty() ? "" : "<span class=\"kind\">" + e(label) + "</span>";
    }

    private void chip(String outlet) {
        int hue = Math.floorMod(outlet.hashCode(), 360);
        html.append("<span class=\"chip\" style=\"background:hsl(").append(hue).append(",45%,38%)\">")
                .append(e(outlet)).append("</span>");
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    private static String css() {
        try (InputStream in = StoryPage.class.getResourceAsStream("story-page.css")) {
            if (in == null) {
                throw new IllegalStateException("missing story-page.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

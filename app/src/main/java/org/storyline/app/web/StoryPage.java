package org.storyline.app.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyline.app.QuoteWording;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Conflict;
import org.storyline.core.model.OnlyIn;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;
import org.storyline.core.model.TimelineEvent;
import org.storyline.core.store.PersonId;
import org.storyline.core.store.StorylineCard;

/**
 * One story: the cited summary, the outlets side by side, who said what (each quote once, with every
 * outlet that carried it), corroborated facts, conflicts, what only one outlet reports, a timeline and
 * the articles.
 */
final class StoryPage {

    /** Speakers shown with their quotes; the rest are listed by name. */
    static final int PEOPLE_SHOWN = 20;
    /** Quotes shown for each speaker. */
    static final int QUOTES_SHOWN = 4;
    /** Further quotes folded under "more quotes"; past those, the person's page has them all. */
    static final int QUOTES_FOLDED = 16;

    private StoryPage() {
    }

    static String render(StoryView story) {
        return render(story, null);
    }

    /** @param storyline the storyline the story belongs to, or {@code null}; linked when it has other events */
    static String render(StoryView story, StorylineCard storyline) {
        StringBuilder body = new StringBuilder("<article class=\"story\" data-story=\"").append(Html.text(story.id())).append("\">");
        if (storyline != null && storyline.eventCount() > 1) {
            body.append("<div class=\"kicker\">Event ").append(position(storyline, story.id())).append(" of ")
                    .append(storyline.eventCount()).append(" in the storyline ")
                    .append(Html.storylineLink(storyline.id(), storyline.title())).append("</div>");
        }
        body.append("<h1>").append(Html.text(story.title())).append("</h1><div class=\"meta\">");
        body.append(story.period() == null ? "undated" : Html.period(story.period().first(), story.period().last()));
        if (story.place() != null) {
            body.append(" \u00b7 ").append(Html.text(story.place()));
        }
        body.append(" \u00b7 ").append(Html.plural(story.articles().size(), "article", "articles")).append(" from ")
                .append(Html.plural(story.outlets().size(), "outlet", "outlets")).append("</div>");
        body.append("<div class=\"story-outlets\">").append(Html.badges(story.outlets().stream().map(Outlet::name).toList()))
                .append("</div>");
        summary(body, story.summary());
        outlets(body, story);
        people(body, story.people());
        reports(body, "corroborated", "Corroborated", "Reported by at least two independent outlets.", story.corroborated());
        conflicts(body, story.conflicts());
        onlyIn(body, story.onlyIn());
        timeline(body, story.timeline());
        articles(body, story.articles());
        if (!story.notes().isEmpty()) {
            body.append("<section id=\"notes\"><h2>Notes</h2><ul>");
            story.notes().forEach(n -> body.append("<li class=\"note\">").append(Html.text(n)).append("</li>"));
            body.append("</ul></section>");
        }
        return Layout.page(story.title(), null, body.append("</article>").toString());
    }

    static void summary(StringBuilder body, List<SummarySentence> summary) {
        body.append("<section id=\"summary\"><h2>Summary</h2>");
        if (summary.isEmpty()) {
            body.append("<p class=\"empty\">No summary could be drawn from these articles.</p>");
        } else {
            body.append("<ol class=\"summary\">");
            for (SummarySentence s : summary) {
                body.append("<li>").append(Html.text(s.text())).append(" ").append(citations(s.citations(), s.outlets()))
                        .append("</li>");
            }
            body.append("</ol>");
        }
        body.append("</section>");
    }

    /** Each outlet's badge, linked to its cited article when there is one. */
    private static String citations(List<Citation> citations, List<String> outlets) {
        Map<String, Citation> byOutlet = citations.stream()
                .collect(Collectors.toMap(Citation::outlet, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        StringBuilder out = new StringBuilder("<span class=\"cites\">");
        for (String outlet : outlets) {
            Citation c = byOutlet.get(outlet);
            if (c == null) {
                out.append(Html.badge(outlet));
            } else {
                out.append("<a class=\"cite\" href=\"/articles/").append(Html.url(c.articleId())).append("\">")
                        .append(Html.badge(outlet)).append("</a>");
            }
        }
        return out.append("</span>").toString();
    }

    private static void outlets(StringBuilder body, StoryView story) {
        body.append("<section id=\"outlets\"><h2>Outlets side by side</h2><div class=\"outlets\">");
        Map<String, List<Report>> only = story.onlyIn().stream()
                .collect(Collectors.toMap(OnlyIn::outlet, OnlyIn::reports, (a, b) -> a));
        for (Outlet outlet : story.outlets()) {
            body.append("<div class=\"outlet-col\" data-outlet=\"").append(Html.text(outlet.name())).append("\"><h3>")
                    .append(Html.badge(outlet.name())).append("</h3><ul>");
            for (StoryArticle a : story.articles()) {
                if (outlet.name().equals(a.outlet())) {
                    body.append("<li>").append(Html.articleLink(a.id(), a.title(), a.outlet())).append(" <span class=\"meta\">")
                            .append(Html.day(a.published())).append("</span>");
                    if (a.duplicateOf() != null) {
                        body.append(" <span class=\"pill\">copy</span>");
                    }
                    body.append("</li>");
                }
            }
            body.append("</ul>");
            List<Report> alone = only.getOrDefault(outlet.name(), List.of());
            if (!alone.isEmpty()) {
                body.append("<div class=\"meta\">Only here: ").append(Html.plural(alone.size(), "item", "items")).append("</div>");
            }
            body.append("</div>");
        }
        body.append("</div></section>");
    }

    /**
     * Who said what: the {@link #PEOPLE_SHOWN} most quoted in full, each with their {@link #QUOTES_SHOWN} most
     * telling quotes (carried by the most outlets, whole statements before fragments like "bunk") and the
     * rest folded away up to {@link #QUOTES_FOLDED}, then a link to the person's page; everyone else by name.
     * A storyline of thousands of articles would otherwise print every quote of every speaker.
     */
    static void people(StringBuilder body, List<QuotedPerson> people) {
        body.append("<section id=\"people\"><h2>Who said what</h2>");
        if (people.isEmpty()) {
            body.append("<p class=\"empty\">Nobody is quoted.</p>");
        }
        for (QuotedPerson p : people.subList(0, Math.min(PEOPLE_SHOWN, people.size()))) {
            body.append("<div class=\"person\" data-person=\"").append(Html.text(p.name())).append("\"><h3>")
                    .append(Html.personLink(PersonId.of(p.name()), p.name()))
                    .append(p.organization() ? " <span class=\"kind\">organisation</span>" : "").append("</h3>");
            if (!p.roles().isEmpty()) {
                body.append("<div class=\"meta\">").append(Html.text(String.join("; ", p.roles()))).append("</div>");
            }
            quotes(body, p);
            body.append("</div>");
        }
        if (people.size() > PEOPLE_SHOWN) {
            body.append("<p class=\"also-quoted\">Also quoted: ");
            var rest = people.subList(PEOPLE_SHOWN, people.size());
            for (int i = 0; i < rest.size(); i++) {
                body.append(i == 0 ? "" : ", ").append(Html.personLink(PersonId.of(rest.get(i).name()), rest.get(i).name()))
                        .append(" (").append(rest.get(i).quotes().size()).append(")");
            }
            body.append("</p>");
        }
        body.append("</section>");
    }

    private static void quotes(StringBuilder body, QuotedPerson p) {
        var ranked = p.quotes().stream().sorted(QuoteWording.MOST_TELLING).toList();
        int shown = Math.min(QUOTES_SHOWN, ranked.size());
        ranked.subList(0, shown).forEach(q -> quote(body, q));
        int folded = Math.min(QUOTES_FOLDED, ranked.size() - shown);
        if (folded > 0) {
            body.append("<details class=\"more-quotes\"><summary>")
                    .append(Html.plural(folded, "more quote", "more quotes")).append("</summary>");
            ranked.subList(shown, shown + folded).forEach(q -> quote(body, q));
            body.append("</details>");
        }
        if (ranked.size() > shown + folded) {
            body.append("<p class=\"more\"><a href=\"/people/").append(Html.url(PersonId.of(p.name()))).append("\">Every quote from ")
                    .append(Html.text(p.name())).append("</a></p>");
        }
    }

    private static void quote(StringBuilder body, Report q) {
        body.append("<div class=\"quote\" data-outlets=\"").append(Html.text(String.join("|", q.outlets())))
                .append("\">").append(Html.quote(q.quoteKind(), q.text()))
                .append(citations(q.citations(), q.outlets())).append("</div>");
    }

    private static void reports(StringBuilder body, String id, String title, String explain, List<Report> reports) {
        body.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
        if (reports.isEmpty()) {
            body.append("<p class=\"empty\">None found.</p>");
        } else {
            body.append("<p class=\"meta\">").append(explain).append("</p><ul>");
            for (Report r : reports) {
                body.append("<li class=\"report\" data-outlets=\"").append(Html.text(String.join("|", r.outlets())))
                        .append("\"><span class=\"pill\">").append(r.kind().name().toLowerCase()).append("</span>")
                        .append(Html.text(r.text()));
                if (r.speaker() != null) {
                    body.append(" <span class=\"meta\">\u2014 ").append(Html.text(r.speaker())).append("</span>");
                }
                body.append(" ").append(citations(r.citations(), r.outlets())).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("</section>");
    }

    private static void conflicts(StringBuilder body, List<Conflict> conflicts) {
        body.append("<section id=\"conflicts\"><h2>Conflicting reports</h2>");
        if (conflicts.isEmpty()) {
            body.append("<p class=\"empty\">The outlets do not contradict each other on any figure found.</p>");
        }
        for (Conflict c : conflicts) {
            body.append("<div class=\"card conflict\"><h3>").append(Html.text(nonEmpty(c.subject())))
                    .append(c.measure() == null ? "" : ": " + Html.text(c.measure())).append("</h3><div class=\"sides\">");
            for (Report side : c.sides()) {
                body.append("<div class=\"side\" data-outlets=\"").append(Html.text(String.join("|", side.outlets())))
                        .append("\">").append(Html.text(side.text())).append("<div>")
                        .append(citations(side.citations(), side.outlets())).append("</div></div>");
            }
            body.append("</div></div>");
        }
        body.append("</section>");
    }

    private static void onlyIn(StringBuilder body, List<OnlyIn> onlyIn) {
        body.append("<section id=\"only-in\"><h2>Only in one outlet</h2>");
        if (onlyIn.isEmpty()) {
            body.append("<p class=\"empty\">Every outlet's facts are shared by another.</p>");
        }
        for (OnlyIn o : onlyIn) {
            body.append("<div class=\"only\" data-outlet=\"").append(Html.text(o.outlet())).append("\"><h3>Only in ")
                    .append(Html.badge(o.outlet())).append("</h3><ul>");
            for (Report r : o.reports()) {
                body.append("<li><span class=\"pill\">").append(r.kind().name().toLowerCase()).append("</span>")
                        .append(Html.text(r.text()));
                if (r.speaker() != null) {
                    body.append(" <span class=\"meta\">\u2014 ").append(Html.text(r.speaker())).append("</span>");
                }
                body.append("</li>");
            }
            body.append("</ul></div>");
        }
        body.append("</section>");
    }

    private static void timeline(StringBuilder body, List<TimelineEvent> timeline) {
        body.append("<section id=\"timeline\"><h2>Timeline</h2>");
        if (timeline.isEmpty()) {
            body.append("<p class=\"empty\">No dated events.</p>");
        } else {
            body.append("<ul class=\"timeline\">");
            for (TimelineEvent e : timeline) {
                body.append("<li><span class=\"date\">").append(Html.text(e.date())).append("</span>")
                        .append(Html.text(e.text())).append(" ").append(citations(e.citations(), e.outlets())).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("</section>");
    }

    private static void articles(StringBuilder body, List<StoryArticle> articles) {
        body.append("<section id=\"articles\"><h2>Articles</h2><table><tr><th>Date</th><th>Outlet</th><th>Headline</th></tr>");
        for (StoryArticle a : articles) {
            body.append("<tr><td>").append(Html.day(a.published())).append("</td><td>").append(Html.badge(a.outlet()))
                    .append("</td><td>").append(Html.articleLink(a.id(), a.title(), a.outlet()));
            if (a.duplicateOf() != null) {
                body.append(" <span class=\"pill\">near-duplicate</span>");
            }
            if (a.url() != null) {
                body.append(" <a class=\"meta\" rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(safeUrl(a.url())))
                        .append("\">original</a>");
            }
            body.append("</td></tr>");
        }
        body.append("</table></section>");
    }

    /** The event's number in its storyline's time order, when the card lists it; "one" otherwise. */
    private static String position(StorylineCard line, String storyId) {
        for (int i = 0; i < line.events().size(); i++) {
            if (line.events().get(i).id().equals(storyId)) {
                return Integer.toString(line.eventCount() - line.events().size() + i + 1);
            }
        }
        return "one";
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? "Figures differ" : s;
    }

    /** Only web links are linked; anything else (javascript:, data:) becomes a harmless fragment. */
    static String safeUrl(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "#";
    }
}

package org.storyline.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.ArticleFilter;
import org.storyline.core.store.FacetCount;
import org.storyline.core.store.Page;
import org.storyline.core.store.PersonCard;
import org.storyline.core.store.QuoteCard;
import org.storyline.core.store.StoryCard;

/** Search results across people, stories, quotes and articles, with facets to narrow the articles. */
final class SearchPage {

    /** The facet dimensions shown, in order, with their headings. */
    private static final Map<String, String> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("outlet", "Outlet");
        FACETS.put("person", "Person");
        FACETS.put("organization", "Organisation");
        FACETS.put("place", "Place");
        FACETS.put("date", "Date");
    }

    private SearchPage() {
    }

    record Results(ArticleFilter filter, Page<PersonCard> people, Page<StoryCard> stories, Page<QuoteCard> quotes,
                   Page<ArticleCard> articles, Map<String, List<FacetCount>> facets) {
    }

    static String render(Results r) {
        ArticleFilter f = r.filter();
        StringBuilder body = new StringBuilder("<h1>Search</h1>");
        body.append("<p class=\"meta\">").append(r.articles().total()).append(" articles match")
                .append(f.query() == null ? "" : " \u201c" + Html.text(f.query()) + "\u201d").append(active(f)).append("</p>");
        body.append("<div class=\"sidebar-layout\"><aside id=\"facets\">");
        FACETS.forEach((dim, heading) -> facet(body, f, dim, heading, r.facets().getOrDefault(dim, List.of())));
        body.append("</aside><div>");
        if (!r.people().items().isEmpty()) {
            body.append("<section id=\"result-people\"><h2>People</h2>");
            for (PersonCard p : r.people().items()) {
                body.append("<div class=\"card\"><h3>").append(Html.personLink(p.id(), p.name())).append("</h3><div class=\"meta\">")
                        .append(Html.plural(p.quotes(), "quote", "quotes")).append(" in ")
                        .append(Html.plural(p.stories().size(), "story", "stories")).append("</div></div>");
            }
            body.append("</section>");
        }
        if (!r.stories().items().isEmpty()) {
            body.append("<section id=\"result-stories\"><h2>Stories</h2>");
            r.stories().items().forEach(s -> body.append(Cards.story(s)));
            body.append("</section>");
        }
        if (!r.quotes().items().isEmpty()) {
            body.append("<section id=\"result-quotes\"><h2>Quotes</h2>");
            r.quotes().items().forEach(q -> body.append(Cards.quote(q, true, true)));
            body.append("</section>");
        }
        body.append("<section id=\"result-articles\"><h2>Articles</h2>");
        if (r.articles().items().isEmpty()) {
            body.append("<p class=\"empty\">No article matches.</p>");
        }
        r.articles().items().forEach(a -> body.append(Cards.article(a)));
        Pager.append(body, link(f, null, null), r.articles());
        body.append("</section></div></div>");
        return Layout.page("Search", f.query(), body.toString());
    }

    private static String active(ArticleFilter f) {
        StringBuilder out = new StringBuilder();
        String[][] fields = {{"outlet", f.outlet()}, {"person", f.person()}, {"organisation", f.organization()},
                {"place", f.place()}, {"date", f.from() == null ? null : f.from().toString()}};
        for (String[] field : fields) {
            if (field[1] != null) {
                out.append(" \u00b7 ").append(field[0]).append(": <b>").append(Html.text(field[1])).append("</b>");
            }
        }
        return out.toString();
    }

    private static void facet(StringBuilder body, ArticleFilter f, String dim, String heading, List<FacetCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        body.append("<div class=\"facet\" data-facet=\"").append(dim).append("\"><h3>").append(heading).append("</h3><ul>");
        String current = value(f, dim);
        for (FacetCount c : counts) {
            boolean on = c.value().equals(current);
            body.append("<li").append(on ? " class=\"active\"" : "").append("><a href=\"")
                    .append(link(f, dim, on ? null : c.value())).append("\">").append(Html.text(c.value()))
                    .append("</a><span class=\"meta\">").append(c.count()).append("</span></li>");
        }
        body.append("</ul></div>");
    }

    private static String value(ArticleFilter f, String dim) {
        return switch (dim) {
            case "outlet" -> f.outlet();
            case "person" -> f.person();
            case "organization" -> f.organization();
            case "place" -> f.place();
            default -> f.from() == null ? null : f.from().toString();
        };
    }

    /** The search URL with one facet set to {@code value} (or cleared when {@code null}); the others kept. */
    static String link(ArticleFilter f, String dim, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", f.query());
        params.put("outlet", f.outlet());
        params.put("person", f.person());
        params.put("organization", f.organization());
        params.put("place", f.place());
        params.put("date", f.from() == null ? null : f.from().toString());
        if (dim != null) {
            params.put(dim, value);
        }
        StringBuilder url = new StringBuilder("/search?");
        params.forEach((k, v) -> {
            if (v != null) {
                url.append(url.charAt(url.length() - 1) == '?' ? "" : "&amp;").append(k).append('=').append(Html.url(v));
            }
        });
        return url.toString();
    }
}

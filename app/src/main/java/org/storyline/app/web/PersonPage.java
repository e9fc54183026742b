package org.storyline.app.web;

import java.util.List;
import org.storyline.core.store.Page;
import org.storyline.core.store.PersonCard;
import org.storyline.core.store.QuoteCard;
import org.storyline.core.store.StoryCard;

/**
 * A person or an organisation quoted as a source: their quotes across stories, each with the outlets that
 * carried it; and the people list, organisations marked.
 */
final class PersonPage {

    private PersonPage() {
    }

    static String render(PersonCard person, Page<QuoteCard> quotes, List<StoryCard> stories) {
        StringBuilder body = new StringBuilder("<div class=\"person-page\" data-person=\"").append(Html.text(person.id())).append("\">");
        body.append("<h1>").append(Html.text(person.name())).append("</h1><p class=\"meta\">")
                .append(person.organization() ? "Organisation \u00b7 " : "")
                .append(Html.plural(person.quotes(), "quote", "quotes")).append(" in ")
                .append(Html.plural(person.stories().size(), "story", "stories")).append("</p>");
        body.append("<div class=\"columns\"><section id=\"person-quotes\"><h2>Quotes</h2>");
        quotes.items().forEach(q -> body.append(Cards.quote(q, false, true)));
        Pager.append(body, "/people/" + Html.url(person.id()) + "?", quotes);
        body.append("</section><section id=\"person-stories\"><h2>Stories</h2>");
        stories.forEach(s -> body.append(Cards.story(s)));
        body.append("</section></div></div>");
        return Layout.page(person.name(), null, body.toString());
    }

    static String list(Page<PersonCard> people, String query) {
        StringBuilder body = new StringBuilder("<h1>People</h1><p class=\"meta\">Everyone quoted, most quoted first;"
                + " organisations quoted as sources are marked as such.</p>");
        body.append("<table><tr><th>Name</th><th>Kind</th><th>Quotes</th><th>Stories</th></tr>");
        for (PersonCard p : people.items()) {
            body.append(p.organization() ? "<tr class=\"organization\"><td>" : "<tr class=\"person\"><td>")
                    .append(Html.personLink(p.id(), p.name())).append("</td><td>")
                    .append(p.organization() ? "organisation" : "person").append("</td><td>").append(p.quotes())
                    .append("</td><td>").append(p.stories().size()).append("</td></tr>");
        }
        body.append("</table>");
        Pager.append(body, "/people?q=" + Html.url(query == null ? "" : query), people);
        return Layout.page("People", query, body.toString());
    }
}

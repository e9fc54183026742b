package org.storyline.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Citation;
import org.storyline.core.model.DateRange;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;

/** Small hand-made articles and a plain story editor for the store's tests. */
final class Clippings {

    private Clippings() {
    }

    /** An article whose every paragraph of the form {@code Name: "words"} becomes a direct quote of Name. */
    static ArticleAnalysis article(String id, String outlet, LocalDate day, String title, String... paragraphs) {
        Article article = new Article(id, id + ".txt", outlet == null ? null : new Outlet(outlet, null), null, title,
                List.of(), day == null ? null : PublicationTime.of(day), null, List.of(paragraphs), List.of(), "en");
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        Map<String, Entity> people = new LinkedHashMap<>();
        int at = 0;
        for (String paragraph : paragraphs) {
            int colon = paragraph.indexOf(": \"");
            if (colon > 0 && paragraph.endsWith("\"")) {
                String name = paragraph.substring(0, colon);
                Span words = new Span(at + colon + 3, at + paragraph.length() - 1);
                Entity person = people.computeIfAbsent(name, n -> new Entity("e" + (people.size() + 1),
                        EntityType.PERSON, n, List.of(), List.of(new Span(0, 0))));
                quotes.add(new Quote(QuoteKind.DIRECT, words.of(text), words,
                        new Speaker(person.id(), name, null), "said", 0));
            }
            at += paragraph.length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        return new ArticleAnalysis(new AnnotatedArticle(article, text, List.of(), List.of()),
                List.copyOf(people.values()), quotes, List.of());
    }

    /** Groups quotes by speaker and words across articles; enough of a story view to store and show. */
    static StoryView view(String storyId, List<ArticleAnalysis> articles, Map<String, String> duplicateOf) {
        List<StoryArticle> members = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, Map<String, List<Citation>>> quotes = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (ArticleAnalysis analysis : articles) {
            Article a = analysis.article();
            String outlet = a.outletName() == null ? a.source() : a.outletName();
            outlets.add(outlet);
            LocalDate day = a.published() == null ? null : a.published().date();
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
            members.add(new StoryArticle(a.id(), outlet, a.title(), a.url(), day, duplicateOf.get(a.id())));
            for (Quote q : analysis.quotes()) {
                quotes.computeIfAbsent(q.speaker().name(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(q.text(), k -> new ArrayList<>())
                        .add(new Citation(outlet, a.id(), q.text(), q.span()));
            }
        }
        List<QuotedPerson> people = new ArrayList<>();
        quotes.forEach((name, byText) -> {
            List<Report> reports = new ArrayList<>();
            Set<String> personOutlets = new LinkedHashSet<>();
            byText.forEach((text, citations) -> {
                List<String> quoteOutlets = citations.stream().map(Citation::outlet).distinct().toList();
                personOutlets.addAll(quoteOutlets);
                reports.add(new Report(ReportKind.QUOTE, text, name, QuoteKind.DIRECT, null, quoteOutlets,
                        citations.size(), citations));
            });
            people.add(new QuotedPerson(name, List.of(), List.copyOf(personOutlets), reports));
        });
        people.sort((a, b) -> Integer.compare(b.quotes().size(), a.quotes().size()));
        String title = articles.get(0).article().title() == null ? storyId : articles.get(0).article().title();
        return new StoryView(storyId, title, outlets.stream().map(o -> new Outlet(o, null)).toList(), members,
                first == null ? null : new DateRange(first, last), null, List.of(), people, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}

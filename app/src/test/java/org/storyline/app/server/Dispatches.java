package org.storyline.app.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.entities.NameHeads;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;

/**
 * Hand-annotated articles for the server tests, written for them: every paragraph is one sentence;
 * {@code Name said: "words"} paragraphs carry a direct quote of Name (an organisation when the name ends in an
 * institution word, "Harbour Authority"), and every "N million euros"
 * is a cost claim about the bridge repairs.
 */
public final class Dispatches {

    private static final Pattern QUOTE = Pattern.compile("^([A-Z][a-z]+(?: [A-Z][a-z]+)+) said: \"(.+)\"$");
    private static final Pattern EUROS = Pattern.compile("(\\d+) million euros");

    private Dispatches() {
    }

    public static ArticleAnalysis article(String id, String outlet, String day, String title, String... paragraphs) {
        Article article = new Article(id, "wire/" + id + ".txt", new Outlet(outlet, null), "https://example.org/" + id, title,
                List.of(), PublicationTime.of(LocalDate.parse(day)), null, List.of(paragraphs), List.of(), "en");
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int at = 0;
        for (int p = 0; p < paragraphs.length; p++) {
            String paragraph = paragraphs[p];
            sentences.add(new Sentence(p, p, new Span(at, at + paragraph.length()), List.of()));
            Matcher q = QUOTE.matcher(paragraph);
            if (q.matches()) {
                String name = q.group(1);
                Entity person = entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
                if (person == null) {
                    EntityType type = NameHeads.isInstitution(name.substring(name.lastIndexOf(' ') + 1))
                            ? EntityType.ORGANIZATION : EntityType.PERSON;
                    person = new Entity("e" + (entities.size() + 1), type, name, List.of("Minister"),
                            List.of(new Span(at, at + name.length())));
                    entities.add(person);
                }
                Span words = new Span(at + q.start(2), at + q.end(2));
                quotes.add(new Quote(QuoteKind.DIRECT, words.of(text), words,
                        new Speaker(person.id(), name, new Span(at, at + name.length())), "said", p));
            }
            Matcher m = EUROS.matcher(paragraph);
            while (m.find()) {
                claims.add(new Claim("bridge repairs", null, "cost", Double.parseDouble(m.group(1)) * 1_000_000, "EUR",
                        false, null, ChangeDirection.NONE, null, new Span(at + m.start(), at + m.end()), p));
            }
            at += paragraph.length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        return new ArticleAnalysis(new AnnotatedArticle(article, text, sentences, List.of()), entities, quotes, claims);
    }

    /** The bridge story in three outlets, and a ferry story in one. */
    public static List<ArticleAnalysis> all() {
        return List.of(
                article("a1", "Meridian Wire", "2024-05-02", "Portavel harbour bridge to close",
                        "The harbour bridge in Portavel will close for six weeks of repairs.",
                        "Ana Ribeiro said: \"The bridge is safe, but it is tired.\"",
                        "The repairs will cost 12 million euros."),
                article("a2", "Coastline Post", "2024-05-03", "Bridge closure worries Portavel commuters",
                        "The harbour bridge in Portavel will close for six weeks of repairs.",
                        "Ana Ribeiro said: \"The bridge is safe, but it is tired.\"",
                        "The repairs will cost 15 million euros.",
                        "The page shows <script>alert(1)</script> and <img src=x onerror=alert(2)> as text."),
                article("a3", "Valley Herald", "2024-05-03", "Portavel bridge shuts for repairs",
                        "The harbour bridge in Portavel will close for six weeks of repairs.",
                        "Commuters will take the ferry across the harbour."),
                article("f1", "Valley Herald", "2024-04-20", "Lunmar ferry crews strike over pay",
                        "Ferry crews in Lunmar walked out over pay on Saturday morning.",
                        "Jon Vale said: \"No ferries will sail today.\""));
    }
}

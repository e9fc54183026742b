package org.storyline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Generated, already-analysed articles for load and scale runs: events over 60 days, each covered by
 * two to eight outlets, written mostly in the event's own invented words (so events are told apart by
 * their words, as real ones are), with a quoted official, a shared figure and, in some outlets, a
 * different one. Deterministic for a seed. Analyses are built directly (no NLP), so a store of tens of
 * thousands of articles builds in minutes.
 */
final class SyntheticNews {

    private static final String[] OUTLETS = {"Meridian Wire", "Coastline Post", "Valley Herald", "Northgate Times",
            "Delta Radio", "Harbour Courier", "Evening Lantern", "Ridge Gazette"};
    private static final String[] SYLLABLES = "ka ro vi shu ten mal dor pez lun gra fi nok sar bel tu zem qua lor mi"
            .split(" ");
    private static final String[] FIRST = {"Ana", "Jon", "Mara", "Ines", "Tomas", "Odile", "Callum", "Hanna", "Paulo", "Rita"};

    private final Random random;
    private final int articles;

    SyntheticNews(int articles, long seed) {
        this.articles = articles;
        this.random = new Random(seed);
    }

    List<ArticleAnalysis> generate() {
        List<ArticleAnalysis> all = new ArrayList<>(articles);
        for (int event = 0; all.size() < articles; event++) {
            String[] words = new String[24];
            for (int w = 0; w < words.length; w++) {
                words[w] = word() + (event % 97);
            }
            String place = capital(word());
            String speaker = FIRST[random.nextInt(FIRST.length)] + " " + capital(word()) + event;
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            int outlets = 2 + random.nextInt(7);
            int figure = 10 + random.nextInt(900);
            for (int o = 0; o < outlets && all.size() < articles; o++) {
                int reported = o == outlets - 1 && random.nextBoolean() ? figure + 5 : figure;
                all.add(article(String.format("gen%07d", all.size()), OUTLETS[(event + o) % OUTLETS.length],
                        day.plusDays(o / 3), words, place, speaker, reported));
            }
        }
        return all;
    }

    /**
     * One storyline of {@code articles} articles, as an election or a war makes: a new event every day,
     * each covered by {@code perEvent} articles from ever more outlets, every article in the storyline's
     * place with its lead speaker and half of its vocabulary, the other half the event's own; each quotes
     * the speaker and gives a figure, which one outlet of each event gives differently.
     */
    List<List<ArticleAnalysis>> storyline(int perEvent) {
        String[] shared = new String[12];
        for (int w = 0; w < shared.length; w++) {
            shared[w] = word();
        }
        String place = capital(word());
        String speaker = FIRST[random.nextInt(FIRST.length)] + " " + capital(word());
        List<List<ArticleAnalysis>> events = new ArrayList<>();
        int made = 0;
        for (int event = 0; made < articles; event++) {
            String[] words = new String[24];
            for (int w = 0; w < words.length; w++) {
                words[w] = w % 2 == 0 ? shared[w / 2] : word() + event;
            }
            int figure = 10 + random.nextInt(900);
            List<ArticleAnalysis> coverage = new ArrayList<>();
            for (int o = 0; o < perEvent && made < articles; o++, made++) {
                String outlet = OUTLETS[o % OUTLETS.length] + (o < OUTLETS.length ? "" : " " + (o / OUTLETS.length));
                coverage.add(article(String.format("line%06d", made), outlet, LocalDate.of(2025, 1, 1).plusDays(event),
                        words, place, speaker, o == perEvent - 1 ? figure + 5 + event : figure + event));
            }
            events.add(coverage);
        }
        return events;
    }

    private ArticleAnalysis article(String id, String outlet, LocalDate day, String[] w, String place, String speaker, int figure) {
        List<String> paragraphs = List.of(
                "In " + place + ", the " + w[0] + " " + w[1] + " of " + w[2] + " " + w[3] + " will " + w[4] + " the "
                        + w[5] + " " + w[6] + " near " + w[7] + ", officials said.",
                speaker + " said: \"We will " + w[8] + " the " + w[9] + " " + w[10] + " before " + w[11] + " " + w[12] + ".\"",
                "The " + w[13] + " " + w[14] + " will cost " + figure + " million euros.",
                capital(w[15]) + " " + w[16] + " and " + w[17] + " " + w[18] + " described the " + w[19] + " " + w[20]
                        + " as " + w[21] + " and " + w[22] + " " + w[23] + ".");
        Article article = new Article(id, "synthetic/" + id, new Outlet(outlet, null), null,
                capital(w[0]) + " " + w[1] + " to close in " + place, List.of(), PublicationTime.of(day), place,
                paragraphs, List.of(), "en");
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            sentences.add(new Sentence(p, p, new Span(at, at + paragraphs.get(p).length()), List.of()));
            at += paragraphs.get(p).length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        int speakerAt = text.indexOf(speaker);
        Entity person = new Entity("e1", EntityType.PERSON, speaker, List.of("spokesperson"),
                List.of(new Span(speakerAt, speakerAt + speaker.length())));
        int placeAt = text.indexOf(place);
        Entity town = new Entity("e2", EntityType.PLACE, place, List.of(), List.of(new Span(placeAt, placeAt + place.length())));
        int open = text.indexOf("We will");
        int close = text.indexOf('"', open);
        Span words = new Span(open, close);
        Quote quote = new Quote(QuoteKind.DIRECT, words.of(text), words, new Speaker("e1", speaker, person.mentions().get(0)), "said", 1);
        String amount = figure + " million euros";
        int money = text.indexOf(amount);
        Claim claim = new Claim(w[13] + " " + w[14], null, "cost", figure * 1_000_000.0, "EUR", false, null, ChangeDirection.NONE, null,
                new Span(money, money + amount.length()), 2);
        return new ArticleAnalysis(new AnnotatedArticle(article, text, sentences, List.of()), List.of(person, town),
                List.of(quote), List.of(claim));
    }

    private String word() {
        return SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.storyline.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;

/** Builds small hand-annotated analyses the way the nlp, entities, quotes and claims stages would. */
final class ArticleFixture {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]|[.!?][\u201d\"])\\s+(?=[\\p{Lu}\u201c\"])");

    private final String id;
    private final String outlet;
    private final List<String> paragraphs;
    private LocalDate published;
    private String title;
    private String dateline;
    private String language = "en";
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();

    private ArticleFixture(String id, String outlet, String... paragraphs) {
        this.id = id;
        this.outlet = outlet;
        this.paragraphs = List.of(paragraphs);
    }

    static ArticleFixture article(String id, String outlet, String... paragraphs) {
        return new ArticleFixture(id, outlet, paragraphs);
    }

    String text() {
        return String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    }

    ArticleFixture published(String date) {
        published = LocalDate.parse(date);
        return this;
    }

    ArticleFixture title(String title) {
        this.title = title;
        return this;
    }

    ArticleFixture dateline(String place) {
        dateline = place;
        return this;
    }

    ArticleFixture language(String code) {
        language = code;
        return this;
    }

    /** A person mentioned wherever any of the forms occurs. */
    ArticleFixture person(String name, String... forms) {
        return named(EntityType.PERSON, name, forms);
    }

    /** A named entity of the given type, mentioned wherever any of the forms occurs. */
    ArticleFixture named(EntityType type, String name, String... forms) {
        var spans = new ArrayList<Span>();
        for (var form : forms) {
            for (int at = text().indexOf(form); at >= 0; at = text().indexOf(form, at + form.length())) {
                spans.add(new Span(at, at + form.length()));
            }
        }
        entities.add(new Entity("e" + (entities.size() + 1), type, name, List.of(), spans));
        return this;
    }

    /** A quote of these exact words by a person added before. */
    ArticleFixture quote(QuoteKind kind, String words, String speaker) {
        int at = text().indexOf(words);
        var entity = entities.stream().filter(e -> e.name().equals(speaker)).findFirst().orElseThrow();
        var span = new Span(at, at + words.length());
        quotes.add(new Quote(kind, words, span, new Speaker(entity.id(), entity.name(), null), "said", sentenceAt(at)));
        return this;
    }

    /** A quote of these exact words by a phrase that names no entity ("The agency"), typed as the quotes stage would. */
    ArticleFixture quoteByPhrase(QuoteKind kind, String words, String phrase, EntityType speakerKind) {
        int at = text().indexOf(words);
        int named = text().indexOf(phrase);
        var span = new Span(at, at + words.length());
        quotes.add(new Quote(kind, words, span, new Speaker(null, phrase, new Span(named, named + phrase.length()),
                speakerKind), "said", sentenceAt(at)));
        return this;
    }

    ArticleFixture claim(String subject, String what, double value, String unit, boolean approximate, String written) {
        int at = text().indexOf(written);
        claims.add(new Claim(subject, null, what, value, unit, approximate, null, ChangeDirection.NONE, null,
                new Span(at, at + written.length()), sentenceAt(at)));
        mentions.add(new Mention(written, new Span(at, at + written.length()), MentionType.NUMBER,
                ClaimMatcher.plain(value)));
        return this;
    }

    ArticleFixture date(String written, String iso) {
        int at = text().indexOf(written);
        mentions.add(new Mention(written, new Span(at, at + written.length()), MentionType.DATE, iso));
        return this;
    }

    ArticleAnalysis build() {
        var text = text();
        var article = new Article(id, "inputs/" + id + ".txt", outlet == null ? null : new Outlet(outlet, null), null,
                title, List.of(), published == null ? null : PublicationTime.of(published), dateline, paragraphs,
                List.of(), language);
        mentions.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
        return new ArticleAnalysis(new AnnotatedArticle(article, text, sentences(), mentions), entities, quotes, claims);
    }

    /** As the analysis of an article the annotator could not handle: text only, no sentences or mentions. */
    ArticleAnalysis buildWithoutSentences() {
        var full = build();
        return new ArticleAnalysis(new AnnotatedArticle(full.article(), text(), List.of(), List.of()),
                List.of(), List.of(), List.of());
    }

    private List<Sentence> sentences() {
        var text = text();
        var sentences = new ArrayList<Sentence>();
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            var paragraph = paragraphs.get(p);
            int start = 0;
            var m = SENTENCE_END.matcher(paragraph);
            while (m.find()) {
                sentences.add(new Sentence(sentences.size(), p, new Span(offset + start, offset + m.start()), List.of()));
                start = m.end();
            }
            sentences.add(new Sentence(sentences.size(), p, new Span(offset + start, offset + paragraph.length()), List.of()));
            offset += paragraph.length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        return text.isEmpty() ? List.of() : sentences;
    }

    private int sentenceAt(int offset) {
        var all = sentences();
        for (var s : all) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return 0;
    }
}

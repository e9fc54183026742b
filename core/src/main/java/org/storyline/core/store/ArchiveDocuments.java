package org.storyline.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Article;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;
import org.storyline.core.story.ShortTitle;

/**
 * Turns records into the archive's Lucene documents: what is searched (text fields), filtered (exact
 * string fields), counted (facets), sorted (doc values) and shown (the JSON of the record and a small card).
 */
final class ArchiveDocuments {

    private static final int LEDE_CHARS = 280;

    private final FacetsConfig facets;

    ArchiveDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(Fields.FACET_OUTLET, Fields.FACET_PERSON, Fields.FACET_ORGANIZATION,
                Fields.FACET_PLACE, Fields.FACET_SPEAKER)) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    /**
     * {@code profile} is {@code null} for a near-duplicate, which stays out of story assignment; a roundup's
     * is not indexed either, so that no later article is recalled to its event.
     */
    Document article(ArticleAnalysis analysis, Placement placement, String duplicateOf, ArticleProfile profile)
            throws java.io.IOException {
        Article article = analysis.article();
        String storyId = placement.story();
        Document doc = base(Kind.ARTICLE, article.id());
        if (storyId != null) {
            doc.add(new StringField(Fields.STORY, storyId, Field.Store.NO));
            doc.add(new SortedDocValuesField(Fields.STORY_OF, new BytesRef(storyId)));
        }
        if (placement.storyline() != null) {
            doc.add(new StringField(Fields.STORYLINE, placement.storyline(), Field.Store.NO));
            doc.add(new SortedDocValuesField(Fields.STORYLINE_OF, new BytesRef(placement.storyline())));
        }
        String outlet = article.outletName();
        if (present(outlet)) {
            doc.add(new StringField(Fields.OUTLET, outlet, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, outlet));
        }
        addEntities(doc, analysis.entities(), EntityType.PERSON, Fields.PERSON, Fields.FACET_PERSON);
        addEntities(doc, analysis.entities(), EntityType.ORGANIZATION, Fields.ORGANIZATION, Fields.FACET_ORGANIZATION);
        addEntities(doc, analysis.entities(), EntityType.PLACE, Fields.PLACE, Fields.FACET_PLACE);
        LocalDate day = article.published() == null ? null : article.published().date();
        addDay(doc, day);
        if (day != null) {
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DATE, day.toString()));
        }
        String title = article.title() == null ? "" : article.title();
        doc.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT, title + "\n" + article.text() + "\n" + String.join("\n", article.captions()),
                Field.Store.NO));
        doc.add(new StoredField(Fields.JSON, RecordJson.write(analysis)));
        String body = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
        ArticleCard card = new ArticleCard(article.id(), storyId, outlet, ShortTitle.of(analysis), article.url(), day,
                clip(body, LEDE_CHARS), analysis.quotes().size(), analysis.claims().size(), duplicateOf,
                placement.storyline(), article.source());
        doc.add(new StoredField(Fields.CARD, RecordJson.write(card)));
        doc.add(new StoredField(Fields.BODY, article.text()));
        if (profile != null && !profile.roundup()) {
            for (String term : new LinkedHashSet<>(profile.terms())) {
                doc.add(new StringField(Fields.TERMS, term, Field.Store.NO));
            }
            doc.add(new StoredField(Fields.PROFILE, RecordJson.write(profile)));
            addVector(doc, profile.vector());
        }
        return facets.build(doc);
    }

    Document merged(String storyId, String into) {
        Document doc = base(Kind.MERGED, storyId);
        doc.add(new StoredField(Fields.TARGET, into));
        return doc;
    }

    Document story(StoryView view, String storylineId, float[] vector) throws java.io.IOException {
        Document doc = base(Kind.STORY, view.id());
        if (storylineId != null) {
            doc.add(new StringField(Fields.STORYLINE, storylineId, Field.Store.YES));
        }
        for (var outlet : view.outlets()) {
            if (present(outlet.name())) {
                doc.add(new StringField(Fields.OUTLET, outlet.name(), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, outlet.name()));
            }
        }
        for (QuotedPerson person : view.people()) {
            doc.add(new StringField(Fields.PERSON, PersonId.of(person.name()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PERSON, person.name()));
        }
        LocalDate first = view.period() == null ? null : view.period().first();
        LocalDate last = view.period() == null ? null : view.period().last();
        addDay(doc, last);
        long firstDay = first == null ? Long.MIN_VALUE : first.toEpochDay();
        doc.add(new LongPoint(Fields.FIRST_DAY, firstDay));
        doc.add(new NumericDocValuesField(Fields.SIZE, view.articles().size()));
        doc.add(new TextField(Fields.TITLE, view.title(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT, storyText(view), Field.Store.NO));
        doc.add(new StoredField(Fields.JSON, RecordJson.write(view)));
        doc.add(new StoredField(Fields.CARD, RecordJson.write(card(view, storylineId, first, last))));
        addVector(doc, vector);
        return facets.build(doc);
    }

    Document storyline(StorylineView view, float[] vector) throws java.io.IOException {
        Document doc = base(Kind.STORYLINE, view.id());
        for (var outlet : view.outlets()) {
            if (present(outlet.name())) {
                doc.add(new StringField(Fields.OUTLET, outlet.name(), Field.Store.NO));
            }
        }
        for (QuotedPerson person : view.people()) {
            doc.add(new StringField(Fields.PERSON, PersonId.of(person.name()), Field.Store.NO));
        }
        LocalDate first = view.period() == null ? null : view.period().first();
        LocalDate last = view.period() == null ? null : view.period().last();
        addDay(doc, last);
        doc.add(new LongPoint(Fields.FIRST_DAY, first == null ? Long.MIN_VALUE : first.toEpochDay()));
        doc.add(new NumericDocValuesField(Fields.SIZE, view.articles()));
        doc.add(new TextField(Fields.TITLE, view.title(), Field.Store.NO));
        StringBuilder text = new StringBuilder(view.title()).append('\n');
        view.events().forEach(e -> text.append(e.title()).append('\n').append(e.lead() == null ? "" : e.lead()).append('\n'));
        view.people().forEach(p -> text.append(p.name()).append('\n'));
        doc.add(new TextField(Fields.TEXT, text.toString(), Field.Store.NO));
        doc.add(new StoredField(Fields.JSON, RecordJson.write(view)));
        doc.add(new StoredField(Fields.CARD, RecordJson.write(card(view))));
        addVector(doc, vector);
        return facets.build(doc);
    }

    static StorylineCard card(StorylineView view) {
        int quotes = view.people().stream().mapToInt(p -> p.quotes().size()).sum();
        var events = view.events();
        var shown = events.size() <= StorylineCard.EVENTS ? events
                : events.subList(events.size() - StorylineCard.EVENTS, events.size());
        return new StorylineCard(view.id(), view.title(), view.outlets().stream().map(o -> o.name()).toList(),
                view.articles(), quotes, view.people().stream().limit(5).map(QuotedPerson::name).toList(),
                view.period() == null ? null : view.period().first(), view.period() == null ? null : view.period().last(),
                view.place(), view.summary().isEmpty() ? null : view.summary().get(0).text(), shown, events.size());
    }

    /** One document per distinct quote of the story: the view has already matched them across outlets. */
    List<Document> quotes(StoryView view) throws java.io.IOException {
        Map<String, LocalDate> published = view.articles().stream().filter(a -> a.published() != null)
                .collect(Collectors.toMap(StoryArticle::id, StoryArticle::published, (a, b) -> a));
        List<Document> docs = new ArrayList<>();
        for (QuotedPerson person : view.people()) {
            String personId = PersonId.of(person.name());
            for (Report quote : person.quotes()) {
                String id = view.id() + "-" + Integer.toHexString((personId + "\u0000" + quote.text()).hashCode());
                List<String> articles = quote.citations().stream().map(Citation::articleId).distinct().toList();
                LocalDate day = articles.stream().map(published::get).filter(d -> d != null)
                        .min(LocalDate::compareTo).orElse(null);
                QuoteCard card = new QuoteCard(id, view.id(), view.title(), person.name(), personId,
                        quote.quoteKind(), quote.text(), quote.outlets(), articles, day, person.kind());
                Document doc = base(Kind.QUOTE, id);
                doc.add(new StringField(Fields.STORY, view.id(), Field.Store.NO));
                doc.add(new StringField(Fields.SPEAKER, personId, Field.Store.NO));
                doc.add(new StringField(Fields.SPEAKER_KIND, person.kind().name(), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SPEAKER, person.name()));
                doc.add(new TextField(Fields.TITLE, person.name(), Field.Store.NO));
                doc.add(new TextField(Fields.TEXT, person.name() + "\n" + quote.text(), Field.Store.NO));
                for (String outlet : quote.outlets()) {
                    if (present(outlet)) {
                        doc.add(new StringField(Fields.OUTLET, outlet, Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_OUTLET, outlet));
                    }
                }
                for (String article : articles) {
                    doc.add(new StringField(Fields.ARTICLE, article, Field.Store.NO));
                }
                addDay(doc, day);
                doc.add(new StoredField(Fields.CARD, RecordJson.write(card)));
                docs.add(facets.build(doc));
            }
        }
        return docs;
    }

    static StoryCard card(StoryView view, String storylineId, LocalDate first, LocalDate last) {
        int quotes = view.people().stream().mapToInt(p -> p.quotes().size()).sum();
        List<String> people = view.people().stream().limit(5).map(QuotedPerson::name).toList();
        String lede = view.summary().isEmpty() ? null : view.summary().get(0).text();
        return new StoryCard(view.id(), view.title(), view.outlets().stream().map(o -> o.name()).toList(),
                view.articles().size(), quotes, people, first, last, view.place(), lede, view.conflicts().size(),
                storylineId);
    }

    private static String storyText(StoryView view) {
        StringBuilder text = new StringBuilder(view.title()).append('\n');
        if (view.place() != null) {
            text.append(view.place()).append('\n');
        }
        view.summary().forEach(s -> text.append(s.text()).append('\n'));
        view.articles().forEach(a -> text.append(a.title() == null ? "" : a.title()).append('\n'));
        for (QuotedPerson person : view.people()) {
            text.append(person.name()).append('\n');
            person.quotes().forEach(q -> text.append(q.text()).append('\n'));
        }
        view.corroborated().forEach(r -> text.append(r.text()).append('\n'));
        view.onlyIn().forEach(o -> o.reports().forEach(r -> text.append(r.text()).append('\n')));
        return text.toString();
    }

    private static Document base(Kind kind, String id) {
        Document doc = new Document();
        doc.add(new StringField(Fields.UID, kind.uid(id), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, kind.key(), Field.Store.NO));
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
        return doc;
    }

    private static void addDay(Document doc, LocalDate day) {
        long value = day == null ? Long.MIN_VALUE : day.toEpochDay();
        doc.add(new LongPoint(Fields.DAY, value));
        doc.add(new NumericDocValuesField(Fields.DAY, value));
    }

    private static void addEntities(Document doc, List<Entity> entities, EntityType type, String field, String dim) {
        Set<String> names = entities.stream().filter(e -> e.type() == type).map(Entity::name)
                .filter(ArchiveDocuments::present).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String name : names) {
            doc.add(new StringField(field, name, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, name));
        }
    }

    /** Cosine similarity is undefined for a zero vector (an article with no words), so none is added. */
    private static void addVector(Document doc, float[] vector) {
        if (vector != null && norm(vector) > 0) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.COSINE));
            doc.add(new StoredField(Fields.VECTOR, encode(vector)));
        }
    }

    static byte[] encode(float[] vector) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] decode(BytesRef bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(vector);
        return vector;
    }

    static double norm(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "\u2026";
    }
}

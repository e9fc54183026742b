package org.storyline.core.store;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.model.Article;

/**
 * What the ingest asks the archive while placing an article: candidate stories or storylines near it
 * (HNSW over their centroids, BM25 over the cluster terms of assigned articles), within a window of days;
 * the profiles a group's articles were assigned with; term counts for idf; and the stored articles most
 * like a text, for near-duplicate checks. Every answer comes from index structures, so the work per
 * article does not grow with the archive. Sees what was committed or refreshed, not the current batch.
 */
final class ArchiveRecall {

    /** A stored article's body, for the near-duplicate detector. */
    record Body(String id, List<String> paragraphs) {
    }

    private static final int MAX_MEMBERS = 2_000;
    private static final int COPY_QUERY_WORDS = 24;

    private final Archive archive;
    private final Analyzer analyzer = Archive.analyzer();

    ArchiveRecall(Archive archive) {
        this.archive = archive;
    }

    int assignedArticles() throws IOException {
        return archive.search(s -> s.getIndexReader().getDocCount(Fields.TERMS));
    }

    int assignedWith(String term) throws IOException {
        return archive.search(s -> s.getIndexReader().docFreq(new Term(Fields.TERMS, term)));
    }

    /** Groups (stories or storylines) whose centroid is nearest to {@code vector}, nearest first. */
    List<String> near(Level level, float[] vector, LocalDate day, int windowDays, int k) throws IOException {
        if (ArchiveDocuments.norm(vector) == 0) {
            return List.of();
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, level.kind.key())), Occur.FILTER);
        if (day != null) {
            long d = day.toEpochDay();
            filter.add(new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(Fields.DAY, d - windowDays, Long.MAX_VALUE), Occur.SHOULD)
                    .add(LongPoint.newExactQuery(Fields.DAY, Long.MIN_VALUE), Occur.SHOULD).build(), Occur.FILTER);
            filter.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, d + windowDays), Occur.FILTER);
        }
        Query query = new KnnFloatVectorQuery(Fields.VECTOR, vector, k, filter.build());
        return archive.search(s -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : s.search(query, k).scoreDocs) {
                ids.add(s.storedFields().document(hit.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
            return ids;
        });
    }

    /** Groups of the assigned articles sharing the most of {@code terms} (BM25), best first. */
    List<String> sharing(Level level, List<String> terms, LocalDate day, int windowDays, int k) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.stream().distinct().limit(IndexSearcher.getMaxClauseCount() / 2)
                .forEach(t -> any.add(new TermQuery(new Term(Fields.TERMS, t)), Occur.SHOULD));
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Kind.ARTICLE.key())), Occur.FILTER)
                .add(any.build(), Occur.MUST);
        if (day != null) {
            long d = day.toEpochDay();
            query.add(new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(Fields.DAY, d - windowDays, d + windowDays), Occur.SHOULD)
                    .add(LongPoint.newExactQuery(Fields.DAY, Long.MIN_VALUE), Occur.SHOULD).build(), Occur.FILTER);
        }
        Query built = query.build();
        return archive.search(s -> {
            Set<String> stories = new LinkedHashSet<>();
            for (ScoreDoc hit : s.search(built, 4 * k).scoreDocs) {
                String story = groupOf(s, hit.doc, level.docValues);
                if (story != null && stories.add(story) && stories.size() == k) {
                    break;
                }
            }
            return List.copyOf(stories);
        });
    }

    private static String groupOf(IndexSearcher s, int doc, String docValues) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues stories = leaf.reader().getSortedDocValues(docValues);
        if (stories == null || !stories.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return stories.lookupOrd(stories.ordValue()).utf8ToString();
    }

    /**
     * The profiles of the group's assigned articles, oldest first: the newest {@link #MAX_MEMBERS} of them,
     * as a story goes on from where it is now.
     */
    List<ArticleProfile> profiles(Level level, String id) throws IOException {
        Sort newest = new Sort(new SortField(Fields.DAY, SortField.Type.LONG, true),
                new SortField(Fields.ID, SortField.Type.STRING, true));
        return archive.search(s -> {
            List<ArticleProfile> out = new ArrayList<>();
            for (ScoreDoc hit : s.search(Archive.kindAnd(Kind.ARTICLE, level.field, id), MAX_MEMBERS, newest).scoreDocs) {
                String json = s.storedFields().document(hit.doc, Set.of(Fields.PROFILE)).get(Fields.PROFILE);
                if (json != null) {
                    out.add(RecordJson.read(json, ArticleProfile.class));
                }
            }
            java.util.Collections.reverse(out);
            return out;
        });
    }

    /** Stored articles sharing the most of the article's rarest words: where its originals would be. */
    List<Body> similarArticles(Article article, int k) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, new StringReader(article.text()))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        return archive.search(s -> {
            var reader = s.getIndexReader();
            int docs = Math.max(1, reader.numDocs());
            Map<String, Double> weight = new HashMap<>();
            for (var e : counts.entrySet()) {
                int df = reader.docFreq(new Term(Fields.TEXT, e.getKey()));
                if (df > 0) {
                    weight.put(e.getKey(), (1 + Math.log(e.getValue())) * Math.log((double) docs / df));
                }
            }
            if (weight.isEmpty()) {
                return List.<Body>of();
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(COPY_QUERY_WORDS)
                    .forEach(e -> words.add(new TermQuery(new Term(Fields.TEXT, e.getKey())), Occur.SHOULD));
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Kind.ARTICLE.key())), Occur.FILTER)
                    .add(words.build(), Occur.MUST).build();
            List<Body> out = new ArrayList<>();
            for (ScoreDoc hit : s.search(query, k).scoreDocs) {
                var doc = s.storedFields().document(hit.doc, Set.of(Fields.ID, Fields.BODY));
                String body = doc.get(Fields.BODY);
                if (body != null) {
                    out.add(new Body(doc.get(Fields.ID), List.of(body.split(Article.PARAGRAPH_SEPARATOR, -1))));
                }
            }
            return out;
        });
    }
}

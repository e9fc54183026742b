package org.storyline.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.storyline.core.fetch.FeedLedger;
import org.storyline.core.fetch.FeedState;
import org.storyline.core.fetch.PageState;
import org.storyline.core.fetch.PageStatus;

/**
 * The watcher's state in the store, beside the articles: one document per feed and one per page, keyed
 * by URL, each holding its record as JSON. Written through the archive's writer, so the state of a page
 * and its article become durable in the same atomic commit. Reads see the last commit (or refresh).
 */
public final class ArchiveLedger implements FeedLedger {

    private static final Sort BY_URL = new Sort(new SortField(Fields.ID, SortField.Type.STRING));
    private static final int PAGE_SIZE = 1_000;

    private final Archive archive;

    public ArchiveLedger(Archive archive) {
        this.archive = archive;
    }

    @Override
    public Optional<FeedState> feed(String url) throws IOException {
        return record(Kind.FEED, url, FeedState.class);
    }

    @Override
    public List<FeedState> feeds() throws IOException {
        return all(new TermQuery(new Term(Fields.KIND, Kind.FEED.key())), FeedState.class);
    }

    @Override
    public void put(FeedState feed) throws IOException {
        archive.put(Kind.FEED, feed.url(), document(Kind.FEED, feed.url(), RecordJson.write(feed)));
    }

    @Override
    public Optional<PageState> page(String url) throws IOException {
        return record(Kind.PAGE, url, PageState.class);
    }

    @Override
    public void put(PageState page) throws IOException {
        Document doc = document(Kind.PAGE, page.url(), RecordJson.write(page));
        doc.add(new StringField(Fields.STATE, state(page.status()), Field.Store.NO));
        archive.put(Kind.PAGE, page.url(), doc);
    }

    @Override
    public List<PageState> pending() throws IOException {
        return all(Archive.kindAnd(Kind.PAGE, Fields.STATE, state(PageStatus.PENDING)), PageState.class);
    }

    /** How many pages stand at each status, for the feeds page. */
    public long pages(PageStatus status) throws IOException {
        return archive.search(s -> (long) s.count(Archive.kindAnd(Kind.PAGE, Fields.STATE, state(status))));
    }

    private <T> Optional<T> record(Kind kind, String url, Class<T> type) throws IOException {
        return archive.search(s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.UID, kind.uid(url))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<T>empty();
            }
            String json = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.JSON)).get(Fields.JSON);
            return Optional.of(RecordJson.read(json, type));
        });
    }

    private <T> List<T> all(Query query, Class<T> type) throws IOException {
        return archive.search(s -> {
            List<T> records = new ArrayList<>();
            ScoreDoc after = null;
            while (true) {
                TopDocs top = after == null ? s.search(query, PAGE_SIZE, BY_URL) : s.searchAfter(after, query, PAGE_SIZE, BY_URL);
                for (ScoreDoc hit : top.scoreDocs) {
                    records.add(RecordJson.read(s.storedFields().document(hit.doc, Set.of(Fields.JSON)).get(Fields.JSON), type));
                }
                if (top.scoreDocs.length < PAGE_SIZE) {
                    return records;
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
        });
    }

    private static Document document(Kind kind, String url, String json) {
        Document doc = new Document();
        doc.add(new StringField(Fields.UID, kind.uid(url), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, kind.key(), Field.Store.NO));
        doc.add(new StringField(Fields.ID, url, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(url)));
        doc.add(new StoredField(Fields.JSON, json));
        return doc;
    }

    private static String state(PageStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}

package org.storyline.core.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;

/**
 * The embedded store: one Lucene index directory holding articles (with their analyses), stories or
 * events (their {@link StoryView}), storylines (their {@link StorylineView}) and quotes, searchable by text, filterable, faceted, with HNSW vectors for
 * story candidates.
 *
 * <p><b>Crash safety.</b> Writes become durable only at {@link #commit()}, which Lucene makes atomic: a
 * process killed at any moment leaves the directory at its last commit, and it opens. Nothing is
 * committed on close, so an interrupted batch is simply absent. <b>Idempotence.</b> Every document is
 * keyed by kind and id; writing it again replaces it. <b>Concurrency.</b> Reads are thread-safe and see
 * this process's writes after {@link #refresh()} (near-real-time); one process at a time may write,
 * others may open the same directory {@linkplain ArchiveSettings#readOnly read-only}. <b>Schema.</b> The
 * schema version is kept in the commit's user data; another version is refused with a clear message.
 */
public final class Archive implements Closeable {

    /** Raised whenever a field's meaning or encoding changes (3: storylines). */
    public static final int SCHEMA_VERSION = 3;
    static final String SCHEMA_KEY = "storyline.schema";

    private final ArchiveSettings settings;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArchiveDocuments documents;
    private final ArchiveQueries queries;

    private Archive(ArchiveSettings settings, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.settings = settings;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        FacetsConfig facets = ArchiveDocuments.facetsConfig();
        this.documents = new ArchiveDocuments(facets);
        this.queries = new ArchiveQueries(searchers, facets, analyzer(), settings.maxWindow());
    }

    /** Opens (and, when writable, creates) the store in {@code settings.directory()}. */
    public static Archive open(ArchiveSettings settings) throws ArchiveException {
        Path path = settings.directory();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ArchiveException(path + " is a file, not a store directory");
        }
        if (settings.readOnly() && !Files.isDirectory(path)) {
            throw new ArchiveException("no store at " + path + " (run `storyline ingest` first)");
        }
        Directory directory = null;
        try {
            if (!settings.readOnly()) {
                Files.createDirectories(path);
            }
            directory = FSDirectory.open(path);
            boolean exists = checkSchema(directory, path);
            if (settings.readOnly()) {
                if (!exists) {
                    throw new ArchiveException("no store at " + path + " (run `storyline ingest` first)");
                }
                return new Archive(settings, directory, null, new SearcherManager(directory, null));
            }
            if (!exists && hasForeignFiles(path)) {
                throw new ArchiveException(path + " holds files that are not a Storyline store; choose an empty or new directory");
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!exists) {
                writer.setLiveCommitData(commitData().entrySet());
                writer.commit();
            }
            return new Archive(settings, directory, writer, new SearcherManager(writer, true, false, null));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new ArchiveException("the store at " + path + " is in use by another Storyline process (it holds the write lock)", e);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
            closeQuietly(directory);
            throw new ArchiveException("the store at " + path + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new ArchiveException("cannot open the store at " + path + ": " + e.getMessage(), e);
        } catch (ArchiveException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** Whether a store exists there, after checking that its schema is ours. */
    private static boolean checkSchema(Directory directory, Path path) throws IOException, ArchiveException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        String version = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
        if (version == null) {
            throw new ArchiveException(path + " is a Lucene index but not a Storyline store; choose another --store directory");
        }
        if (!version.equals(String.valueOf(SCHEMA_VERSION))) {
            throw new ArchiveException("the store at " + path + " was written with store schema version " + version
                    + "; this Storyline reads version " + SCHEMA_VERSION
                    + ". Ingest the articles again into a new --store directory.");
        }
        return true;
    }

    private static boolean hasForeignFiles(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
        }
    }

    /** Runs a search on the current reader; for the store's own read paths beyond {@link ArchiveQueries}. */
    <T> T search(ArchiveQueries.Search<T> search) throws IOException {
        return queries.with(search);
    }

    static EnglishAnalyzer analyzer() {
        return new EnglishAnalyzer();
    }

    private static Map<String, String> commitData() {
        return Map.of(SCHEMA_KEY, String.valueOf(SCHEMA_VERSION));
    }

    public ArchiveSettings settings() {
        return settings;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    // ---- writing ----

    /**
     * Puts an article with its analysis, replacing any earlier version of it.
     *
     * @param storyId     the story it belongs to
     * @param duplicateOf the article it copies, or {@code null}
     * @param profile     what story assignment knew of it, or {@code null} when it was not assigned (a copy)
     */
    public void putArticle(ArticleAnalysis analysis, String storyId, String duplicateOf, ArticleProfile profile)
            throws IOException {
        putArticle(analysis, storyId, null, duplicateOf, profile);
    }

    /** As above, in the storyline {@code storylineId} (or none, when {@code null}). */
    public void putArticle(ArticleAnalysis analysis, String storyId, String storylineId, String duplicateOf,
                           ArticleProfile profile) throws IOException {
        Document doc = documents.article(analysis, new Placement(storyId, storylineId), duplicateOf, profile);
        writable().updateDocument(new Term(Fields.UID, Kind.ARTICLE.uid(analysis.article().id())), doc);
    }

    /** Puts a story view and its quotes, outside any storyline. */
    public void putStory(StoryView view, float[] vector) throws IOException {
        putStory(view, null, vector);
    }

    /** Puts a story (event) view and its quotes, in a storyline, replacing the earlier view and quotes. */
    public void putStory(StoryView view, String storylineId, float[] vector) throws IOException {
        IndexWriter w = writable();
        w.updateDocument(new Term(Fields.UID, Kind.STORY.uid(view.id())), documents.story(view, storylineId, vector));
        w.deleteDocuments(kindAnd(Kind.QUOTE, Fields.STORY, view.id()));
        w.addDocuments(documents.quotes(view));
    }

    /** Puts a storyline's view, replacing the earlier one; {@code vector} is its centroid, or {@code null}. */
    public void putStoryline(StorylineView view, float[] vector) throws IOException {
        writable().updateDocument(new Term(Fields.UID, Kind.STORYLINE.uid(view.id())), documents.storyline(view, vector));
    }

    /** Removes a story and its quotes (after it was merged into another). Its articles stay. */
    public void deleteStory(String storyId) throws IOException {
        IndexWriter w = writable();
        w.deleteDocuments(new Term(Fields.UID, Kind.STORY.uid(storyId)));
        w.deleteDocuments(kindAnd(Kind.QUOTE, Fields.STORY, storyId));
    }

    /**
     * Merges a story into another: its articles move (they are rewritten with the new story id), its
     * view and quotes go, and its id keeps resolving to {@code into} ({@link #resolveStory}). The
     * caller rebuilds {@code into}'s view before the commit.
     */
    public void mergeStory(String storyId, String into) throws IOException {
        mergeStory(storyId, into, null);
    }

    /** As above, the moved articles joining {@code into}'s storyline {@code storylineId}. */
    public void mergeStory(String storyId, String into, String storylineId) throws IOException {
        IndexWriter w = writable();
        refresh();
        for (ArchiveQueries.StoredArticle moved : queries.storedArticles(Fields.STORY, storyId)) {
            putArticle(moved.analysis(), into, storylineId, moved.duplicateOf(), moved.profile());
        }
        deleteStory(storyId);
        w.updateDocument(new Term(Fields.UID, Kind.MERGED.uid(storyId)), documents.merged(storyId, into));
    }

    /**
     * Merges a storyline into another: its articles and events move (rewritten with the new storyline id),
     * its view goes, and its id keeps resolving to {@code into} ({@link #resolveStoryline}). The caller
     * rebuilds {@code into}'s view before the commit.
     */
    public void mergeStoryline(String storylineId, String into) throws IOException {
        IndexWriter w = writable();
        refresh();
        for (ArchiveQueries.StoredArticle moved : queries.storedArticles(Fields.STORYLINE, storylineId)) {
            putArticle(moved.analysis(), moved.story(), into, moved.duplicateOf(), moved.profile());
        }
        for (ArchiveQueries.StoredStory event : queries.storedStories(storylineId)) {
            w.updateDocument(new Term(Fields.UID, Kind.STORY.uid(event.view().id())),
                    documents.story(event.view(), into, event.vector()));
        }
        w.deleteDocuments(new Term(Fields.UID, Kind.STORYLINE.uid(storylineId)));
        w.updateDocument(new Term(Fields.UID, Kind.MERGED.uid(storylineId)), documents.merged(storylineId, into));
    }

    /** Puts a document another store class builds (the feed ledger's), replacing the one of that kind and id. */
    void put(Kind kind, String id, Document doc) throws IOException {
        writable().updateDocument(new Term(Fields.UID, kind.uid(id)), doc);
    }

    /** Makes every write so far durable, atomically, and visible to new searches. */
    public void commit() throws IOException {
        IndexWriter w = writable();
        w.setLiveCommitData(commitData().entrySet());
        w.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * The version of what searches see now: it changes with every commit or refresh that made new writes
     * visible, and only then, so anything derived from the archive can be kept until it changes.
     */
    public long version() throws IOException {
        return queries.with(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    /** Makes recent writes (this process's, or committed by another when read-only) visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("the archive was opened read-only");
        }
        return writer;
    }

    static BooleanQuery kindAnd(Kind kind, String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind.key())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                .build();
    }

    // ---- reading ----

    public boolean containsArticle(String id) throws IOException {
        return queries.exists(Kind.ARTICLE, id);
    }

    public Optional<ArticleAnalysis> article(String id) throws IOException {
        return queries.json(Kind.ARTICLE, id).map(json -> RecordJson.read(json, ArticleAnalysis.class));
    }

    public Optional<ArticleCard> articleCard(String id) throws IOException {
        return queries.card(Kind.ARTICLE, id).map(json -> RecordJson.read(json, ArticleCard.class));
    }

    public Optional<StoryView> story(String id) throws IOException {
        return queries.json(Kind.STORY, id).map(json -> RecordJson.read(json, StoryView.class));
    }

    /** The story view's JSON as stored, for callers that only pass it on. */
    public Optional<String> storyJson(String id) throws IOException {
        return queries.json(Kind.STORY, id);
    }

    public Optional<StoryCard> storyCard(String id) throws IOException {
        return queries.card(Kind.STORY, id).map(json -> RecordJson.read(json, StoryCard.class));
    }

    public Optional<StorylineView> storyline(String id) throws IOException {
        return queries.json(Kind.STORYLINE, id).map(json -> RecordJson.read(json, StorylineView.class));
    }

    /** The storyline view's JSON as stored, for callers that only pass it on. */
    public Optional<String> storylineJson(String id) throws IOException {
        return queries.json(Kind.STORYLINE, id);
    }

    public Optional<StorylineCard> storylineCard(String id) throws IOException {
        return queries.card(Kind.STORYLINE, id).map(json -> RecordJson.read(json, StorylineCard.class));
    }

    public Page<StorylineCard> storylines(StoryFilter filter, int offset, int limit) throws IOException {
        return queries.storylines(filter, offset, limit);
    }

    /** The views of the storyline's events, as stored, in no particular order. */
    public List<StoryView> storylineEvents(String storylineId) throws IOException {
        return queries.storedStories(storylineId).stream().map(ArchiveQueries.StoredStory::view).toList();
    }

    /** The normalised mean of the vectors of the storyline's assigned articles, or {@code null}. */
    public float[] storylineCentroid(String storylineId) throws IOException {
        return queries.centroid(Fields.STORYLINE, storylineId);
    }

    /** The storyline a storyline id stands for now, merges followed; empty when none ever had that id. */
    public Optional<String> resolveStoryline(String id) throws IOException {
        return resolve(Kind.STORYLINE, id);
    }

    /** Passes every stored storyline view, by id, to {@code sink}; for exports. */
    public void eachStoryline(Consumer<StorylineView> sink) throws IOException {
        queries.each(Kind.STORYLINE, Fields.JSON, json -> sink.accept(RecordJson.read(json, StorylineView.class)));
    }

    /** The story's card, or {@code null} when no such story is stored (a story merged away). */
    public StoryCard storyCardOrNull(String id) throws IOException {
        return storyCard(id).orElse(null);
    }

    public Page<StoryCard> stories(StoryFilter filter, int offset, int limit) throws IOException {
        return queries.stories(filter, offset, limit);
    }

    public Page<ArticleCard> articles(ArticleFilter filter, int offset, int limit) throws IOException {
        return queries.articles(filter, offset, limit);
    }

    /** Facet counts (outlet, person, organization, place, date) over the articles the filter matches. */
    public Map<String, List<FacetCount>> articleFacets(ArticleFilter filter, int top) throws IOException {
        return queries.articleFacets(filter, top);
    }

    public Page<QuoteCard> quotes(QuoteFilter filter, int offset, int limit) throws IOException {
        return queries.quotes(filter, offset, limit);
    }

    /** People by how many distinct quotes of theirs the archive holds, most first; {@code query} narrows by name. */
    public Page<PersonCard> people(String query, int offset, int limit) throws IOException {
        return queries.people(query, offset, limit);
    }

    public Optional<PersonCard> person(String id) throws IOException {
        return queries.person(id);
    }

    /** Every analysis of the story's articles, by publication date. */
    public List<ArticleAnalysis> storyArticles(String storyId) throws IOException {
        return queries.storyArticles(storyId);
    }

    /** The normalised mean of the vectors of the story's assigned articles, or {@code null} when none has one. */
    public float[] storyCentroid(String storyId) throws IOException {
        return queries.centroid(Fields.STORY, storyId);
    }

    /**
     * The story a story id stands for now: itself when stored, the story it was merged into (merges
     * followed), or empty when no story ever had that id.
     */
    public Optional<String> resolveStory(String id) throws IOException {
        return resolve(Kind.STORY, id);
    }

    private Optional<String> resolve(Kind kind, String id) throws IOException {
        String current = id;
        for (int hops = 0; hops < 64; hops++) {
            if (queries.exists(kind, current)) {
                return Optional.of(current);
            }
            Optional<String> into = queries.stored(Kind.MERGED, current, Fields.TARGET);
            if (into.isEmpty()) {
                return Optional.empty();
            }
            current = into.get();
        }
        return Optional.empty();
    }

    public ArchiveCounts counts() throws IOException {
        return queries.counts();
    }

    /** Passes every stored story view, by id, to {@code sink}; for exports. */
    public void eachStory(Consumer<StoryView> sink) throws IOException {
        queries.each(Kind.STORY, Fields.JSON, json -> sink.accept(RecordJson.read(json, StoryView.class)));
    }

    /** Passes every stored analysis, by id, to {@code sink}; for exports. */
    public void eachArticle(Consumer<ArticleAnalysis> sink) throws IOException {
        queries.each(Kind.ARTICLE, Fields.JSON, json -> sink.accept(RecordJson.read(json, ArticleAnalysis.class)));
    }

    /** Passes every stored quote, by id, to {@code sink}; for exports. */
    public void eachQuote(Consumer<QuoteCard> sink) throws IOException {
        queries.each(Kind.QUOTE, Fields.CARD, json -> sink.accept(RecordJson.read(json, QuoteCard.class)));
    }

    /** The story ids each stored article belongs to, for exports and checks. */
    public void eachArticleCard(Consumer<ArticleCard> sink) throws IOException {
        queries.each(Kind.ARTICLE, Fields.CARD, json -> sink.accept(RecordJson.read(json, ArticleCard.class)));
    }

    /** Closes without committing: writes since the last {@link #commit()} are discarded. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.rollback();
                }
            } finally {
                directory.close();
            }
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open already failed; that failure is the one to report
            }
        }
    }
}

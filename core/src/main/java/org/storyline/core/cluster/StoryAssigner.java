package org.storyline.core.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Online story clustering: each article, in whatever order they come, joins the story it belongs to
 * or starts a new one, in one pass.
 *
 * <p><b>Candidates.</b> Only active stories are looked at: the {@link ClusterSettings#nearestStories()}
 * closest by embedding from an LSH index over story centroids, and the {@link ClusterSettings#termStories()}
 * sharing the most idf-weighted entity and keyword terms from an inverted index. Stories whose time
 * span, widened by {@link ClusterSettings#window()} on both sides, misses the article's date are
 * skipped; a story fades out of both indexes once the newest article seen is more than a window past
 * its last one and {@link ClusterSettings#fadeArrivals()} articles have arrived since it last grew. The
 * work per article is therefore bounded by the settings, not by the stream's length.
 *
 * <p><b>Decision.</b> For each candidate,
 * {@code score = we·cos(embedding, centroid) + wn·cos(entities) + wk·cos(keywords)}, the two term
 * cosines taken over idf-weighted vectors with document frequencies learnt from the stream so far
 * (a story's vector sums its articles'), plus the timeliness term of {@link ClusterSettings} for a dated
 * article close in time to a story it already shares names with, plus the event cues (a calendar day in
 * common, a clash of eras, the weekday named where one side is undated, one side undated). The article joins
 * the highest-scoring story when the score reaches {@link ClusterSettings#joinThreshold()}, else starts a
 * story.
 *
 * <p><b>Merges.</b> The article may be the link between coverage that began apart: each other candidate
 * within {@link ClusterSettings#mergeReach()} of the join threshold whose score against the joined story
 * (the same function, story to story) reaches {@link ClusterSettings#mergeThreshold()} is merged into it.
 * The older story's id survives.
 *
 * <p>Not thread-safe. Ids are {@code s1, s2, ...} (or another prefix) in the order stories start.
 */
public final class StoryAssigner {

    private record Faded(Instant last, Story story) {
    }

    private record Waiting(long grewAt, Story story) {
    }

    private final String idPrefix;
    private final ClusterSettings settings;
    private final StoryMemory memory;
    private final TermStats stats;
    private final CentroidIndex centroids;
    private final TermIndex terms;
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, Story> storyOfArticle = new HashMap<>();
    private final PriorityQueue<Faded> fading = new PriorityQueue<>(Comparator.comparing(Faded::last));
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(Comparator.comparingLong(Waiting::grewAt));
    private long arrivals;
    private Instant newest;
    private long sequence;
    private long recalled = Long.MIN_VALUE / 2;

    public StoryAssigner() {
        this(ClusterSettings.DEFAULTS);
    }

    public StoryAssigner(ClusterSettings settings) {
        this(settings, StoryMemory.NONE);
    }

    /**
     * An assigner that also considers the stories {@code memory} keeps; recalled stories count as older
     * than any it starts, so a merge keeps a kept story's id.
     */
    public StoryAssigner(ClusterSettings settings, StoryMemory memory) {
        this(settings, memory, "s");
    }

    /** As above, naming the stories it starts {@code idPrefix + 1, 2, ...}. */
    public StoryAssigner(ClusterSettings settings, StoryMemory memory, String idPrefix) {
        this.idPrefix = idPrefix;
        this.settings = settings;
        this.memory = memory;
        this.stats = new TermStats(memory);
        this.centroids = new CentroidIndex(settings.hashTables(), settings.hashBits());
        this.terms = new TermIndex(settings.maxPostings());
    }

    /** Places one article; an article id seen before keeps the story it is in. */
    public Assignment assign(ArticleProfile profile) {
        return assign(profile, id -> true);
    }

    /**
     * Places one article among the stories {@code allowed} accepts (the events of the article's storyline),
     * or in a new story; only allowed stories are merged.
     */
    public Assignment assign(ArticleProfile profile, java.util.function.Predicate<String> allowed) {
        Story known = storyOfArticle.get(profile.id());
        if (known != null) {
            return new Assignment(profile.id(), known.id, false, List.of(), 0);
        }
        Scoring scoring = score(profile, allowed);
        Story best = scoring.scored().isEmpty() ? null : scoring.scored().get(0).story();
        double bestScore = best == null ? Double.NEGATIVE_INFINITY : scoring.scored().get(0).score();
        if (best == null || bestScore < settings.joinThreshold()) {
            Story story = new Story(idPrefix + (++sequence), sequence, scoring.article().unit().length);
            stories.put(story.id, story);
            join(story, scoring.article(), scoring.indexTerms());
            return new Assignment(profile.id(), story.id, true, List.of(), 0);
        }
        join(best, scoring.article(), scoring.indexTerms());
        List<String> merged = new ArrayList<>();
        Story survivor = best;
        for (Candidate other : scoring.scored()) {
            if (other.score() < settings.joinThreshold() - settings.mergeReach()) {
                break;
            }
            Story story = other.story();
            if (story != best && story.active && survivor.active
                    && storyScore(survivor, story) >= settings.mergeThreshold()) {
                survivor = mergeKeepingOlder(survivor, story, merged);
            }
        }
        survivor = absorbEarlyPieces(survivor, scoring.scored(), merged);
        return new Assignment(profile.id(), survivor.id, false, merged, bestScore);
    }

    /**
     * Puts one article into the story {@code storyId} whatever it scores there (started under that id
     * when this assigner neither holds it nor finds it in the memory): for a caller that has placed the
     * article itself, such as {@link StorylineAssigner}, whose storylines follow their events. Only early
     * pieces (see {@link ClusterSettings#earlyPieceSize()}) are merged into it; the assignment names the
     * story the article is in afterwards. An article id seen before changes nothing.
     */
    public Assignment attach(ArticleProfile profile, String storyId) {
        Story known = storyOfArticle.get(profile.id());
        if (known != null) {
            return new Assignment(profile.id(), known.id, false, List.of(), 0);
        }
        Scoring scoring = score(profile, id -> true);
        Story target = held(storyId, scoring.article().unit().length);
        join(target, scoring.article(), scoring.indexTerms());
        List<String> merged = new ArrayList<>();
        Story survivor = absorbEarlyPieces(target, scoring.scored(), merged);
        return new Assignment(profile.id(), survivor.id, false, merged, 0);
    }

    /**
     * Merges into {@code grown}, once it holds {@link ClusterSettings#earlyPieceSize()} articles, each
     * dated candidate story of at most that many articles whose story-to-story score against it reaches
     * {@link ClusterSettings#earlyPieceThreshold()}: mostly the lone background piece or first report that
     * came out before the coverage grew, which one article of that coverage alone could not join (a small
     * story begun later is taken in the same way). Both must be dated: the window is what keeps the looser
     * test to one period, and undated stories have none.
     */
    private Story absorbEarlyPieces(Story grown, List<Candidate> scored, List<String> merged) {
        int size = settings.earlyPieceSize();
        if (size < 1 || grown.first == null || grown.articles.size() < size) {
            return grown;
        }
        Story survivor = grown;
        for (Candidate c : scored) {
            Story piece = c.story();
            if (piece != survivor && piece.active && survivor.active && piece.first != null
                    && piece.articles.size() <= size
                    && storyScore(survivor, piece) >= settings.earlyPieceThreshold()) {
                survivor = mergeKeepingOlder(survivor, piece, merged);
            }
        }
        return survivor;
    }

    /** Merges two active stories into the one begun first; notes the other's id in {@code merged}. */
    private Story mergeKeepingOlder(Story a, Story b, List<String> merged) {
        Story older = b.sequence < a.sequence ? b : a;
        Story younger = older == b ? a : b;
        merge(older, younger);
        merged.add(younger.id);
        return older;
    }

    /**
     * The score between two held, active stories (the merge test's); {@code NEGATIVE_INFINITY} when
     * either is not held or has faded.
     */
    public double score(String a, String b) {
        Story first = stories.get(a);
        Story second = stories.get(b);
        if (first == null || second == null || !first.active || !second.active || first == second) {
            return Double.NEGATIVE_INFINITY;
        }
        return storyScore(first, second);
    }

    /**
     * Moves story {@code from} into story {@code into} whatever they score, when the caller knows they are
     * one (two events found to be one). A story not held is recalled from the memory first; a faded one
     * only hands its articles over.
     */
    public void merge(String from, String into) {
        Story source = heldOrNull(from);
        Story target = heldOrNull(into);
        if (from.equals(into) || source == null || target == null) {
            return;
        }
        if (source.active && target.active) {
            merge(target, source);
        } else {
            target.articles.addAll(source.articles);
            source.articles.forEach(id -> storyOfArticle.put(id, target));
            stories.remove(source.id);
        }
    }

    /** Of two stories, the one begun first (a story recalled from the memory counts as older). */
    public String older(String a, String b) {
        Story first = heldOrNull(a);
        Story second = heldOrNull(b);
        if (first == null || second == null) {
            return first == null ? b : a;
        }
        return second.sequence < first.sequence ? b : a;
    }

    /** The candidates of one article, scored, best first; counts the article into the term statistics. */
    private Scoring score(ArticleProfile profile, java.util.function.Predicate<String> allowed) {
        ReportedArticle article = ReportedArticle.of(profile);
        arrivals++;
        fadeBefore(profile.time());
        List<String> indexTerms = article.indexTerms(stats, settings.indexedKeywords());
        double entityNorm = stats.norm(article.entities());
        double keywordNorm = stats.norm(article.keywords());
        List<Story> kept = recall(article, indexTerms);
        List<Candidate> scored = new ArrayList<>();
        for (Story candidate : candidates(article, indexTerms, kept)) {
            if (!allowed.test(candidate.id)) {
                continue;
            }
            scored.add(new Candidate(candidate, score(article, entityNorm, keywordNorm, candidate)));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingLong(c -> c.story().sequence));
        stats.add(article.terms());
        return new Scoring(article, indexTerms, scored);
    }

    private record Candidate(Story story, double score) {
    }

    private record Scoring(ReportedArticle article, List<String> indexTerms, List<Candidate> scored) {
    }

    /** The story held under {@code id} (faded or not), recalled from the memory when not held; or null. */
    private Story heldOrNull(String id) {
        Story story = stories.get(id);
        return story != null ? story : rebuild(id);
    }

    /**
     * The story a caller names, ready to take an article: held, recalled from the memory, or, when it
     * faded or nobody knows it, started afresh under that id (a faded story's members stay in it).
     */
    private Story held(String id, int dimension) {
        Story story = heldOrNull(id);
        if (story != null && story.active) {
            return story;
        }
        Story reopened = new Story(id, story == null ? ++recalled : story.sequence, dimension);
        if (story != null) {
            reopened.articles.addAll(story.articles);
            story.articles.forEach(a -> storyOfArticle.put(a, reopened));
        }
        stories.put(id, reopened);
        return reopened;
    }

    /** The story an article is in now, merges followed. */
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId)).map(s -> s.id);
    }

    /** Every story so far, faded ones included, as story id to article ids in arrival order. */
    public Map<String, List<String>> stories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stories.values().forEach(s -> out.put(s.id, List.copyOf(s.articles)));
        return out;
    }

    /** Stories still open to new articles. */
    public int activeStories() {
        return (int) stories.values().stream().filter(s -> s.active).count();
    }

    private Set<Story> candidates(ReportedArticle article, List<String> indexTerms, List<Story> kept) {
        Set<Story> found = new LinkedHashSet<>(centroids.near(article.unit(), settings.nearestStories()));
        found.addAll(terms.sharing(indexTerms, stats, settings.termStories()));
        found.addAll(kept);
        found.removeIf(s -> !s.active || !s.spans(article.profile().time(), settings.window()));
        return found;
    }

    /** The memory's candidates, those not held yet rebuilt from their articles as if assigned here. */
    private List<Story> recall(ReportedArticle article, List<String> indexTerms) {
        List<Story> out = new ArrayList<>();
        for (String id : memory.recall(article.profile(), indexTerms)) {
            Story story = stories.containsKey(id) ? stories.get(id) : rebuild(id);
            if (story != null) {
                out.add(story);
            }
        }
        return out;
    }

    /** A story the memory keeps, rebuilt from its members' profiles; null when the memory has none. */
    private Story rebuild(String id) {
        List<ArticleProfile> members = memory.members(id);
        if (members.isEmpty()) {
            return null;
        }
        Story story = new Story(id, ++recalled, ReportedArticle.of(members.get(0)).unit().length);
        stories.put(id, story);
        for (ArticleProfile member : members) {
            ReportedArticle known = ReportedArticle.of(member);
            join(story, known, known.indexTerms(stats, settings.indexedKeywords()));
        }
        return story;
    }

    private double score(ReportedArticle article, double entityNorm, double keywordNorm, Story story) {
        double entities = TermStats.cosine(stats.dot(article.entities(), story.entities), entityNorm,
                story.entityNorm(stats));
        double keywords = TermStats.cosine(stats.dot(article.keywords(), story.keywords), keywordNorm,
                story.keywordNorm(stats));
        return settings.embeddingWeight() * story.cosine(article.unit())
                + settings.entityWeight() * entities
                + settings.keywordWeight() * keywords
                + timeliness(entities, keywords, gap(article.profile().time(), article.profile().time(), story))
                - eraClash(article.era(), story.era())
                + (sharesDay(article.days(), story.days) ? settings.dayWeight() : 0)
                - ((article.profile().time() == null) != (story.first == null) ? settings.undatedPenalty() : 0)
                + (bothDated(article.profile().time(), story.first) ? 0 : weekdayCue(article.weekdays(), story.weekday()));
    }

    private double storyScore(Story a, Story b) {
        double entities = TermStats.cosine(stats.dot(a.entities, b.entities), a.entityNorm(stats),
                b.entityNorm(stats));
        double keywords = TermStats.cosine(stats.dot(a.keywords, b.keywords), a.keywordNorm(stats),
                b.keywordNorm(stats));
        return settings.embeddingWeight() * a.cosine(b)
                + settings.entityWeight() * entities
                + settings.keywordWeight() * keywords
                + timeliness(entities, keywords, gap(a.first, a.last, b))
                - eraClash(a.era(), b.era())
                + (sharesDay(a.days.keySet(), b.days) ? settings.dayWeight() : 0)
                - ((a.first == null) != (b.first == null) ? settings.undatedPenalty() : 0)
                + (a.weekday() == 0 || bothDated(a.first, b.first) ? 0 : weekdayCue(Set.of(a.weekday()), b.weekday()));
    }

    /**
     * Whether both sides carry a publication date, when the weekday cue says nothing the dates do not: every
     * report of the same days names the same weekdays, whatever happened on them, while a follow-up names
     * another ("on Tuesday" after "on Sunday").
     */
    private static boolean bothDated(Instant a, Instant b) {
        return a != null && b != null;
    }

    /** The weekday term of {@link ClusterSettings}: the story's weekday among those the article names, or not. */
    private double weekdayCue(Set<Integer> named, int storyWeekday) {
        if (named.isEmpty() || storyWeekday == 0) {
            return 0;
        }
        return named.contains(storyWeekday) ? settings.weekdayBonus() : -settings.weekdayPenalty();
    }

    private static boolean sharesDay(Set<String> days, Map<String, Integer> other) {
        for (String d : days) {
            if (other.containsKey(d)) {
                return true;
            }
        }
        return false;
    }

    /** The era term of {@link ClusterSettings}: both years known and at least {@code eraGap} apart. */
    private double eraClash(int era, int other) {
        return era > 0 && other > 0 && Math.abs(era - other) >= settings.eraGap() ? settings.eraPenalty() : 0;
    }

    /**
     * The timeliness term of {@link ClusterSettings}: dated, close in time and already sharing names, or a name
     * and the subject's words; whole from {@link ClusterSettings#timelyFull()} agreement on, less below it.
     */
    private double timeliness(double entityCosine, double keywordCosine, Duration gap) {
        Duration cycle = settings.newsCycle();
        boolean sharesNames = entityCosine >= settings.timelyEntities()
                || entityCosine > 0 && keywordCosine >= settings.timelyKeywords();
        if (gap == null || !sharesNames || cycle.isZero() || gap.compareTo(cycle) >= 0) {
            return 0;
        }
        double agreement = settings.timelyFull() <= 0 ? 1
                : Math.min(1, Math.max(entityCosine, keywordCosine) / settings.timelyFull());
        return agreement * settings.timelyWeight() * (1 - (double) gap.toMinutes() / cycle.toMinutes());
    }

    /** Time between the span {@code from..to} and the story's span; {@code null} when either is undated. */
    private static Duration gap(Instant from, Instant to, Story story) {
        if (from == null || to == null || story.first == null) {
            return null;
        }
        if (to.isBefore(story.first)) {
            return Duration.between(to, story.first);
        }
        if (from.isAfter(story.last)) {
            return Duration.between(story.last, from);
        }
        return Duration.ZERO;
    }

    private void join(Story story, ReportedArticle article, List<String> indexTerms) {
        story.add(article, settings.maxStoryTerms(), stats);
        story.grewAt = arrivals;
        storyOfArticle.put(article.profile().id(), story);
        centroids.put(story);
        terms.post(story, indexTerms);
        if (story.last != null) {
            fading.add(new Faded(story.last, story));
        }
    }

    private void merge(Story into, Story from) {
        Set<String> fromTerms = new LinkedHashSet<>(from.posted);
        centroids.remove(from);
        terms.remove(from);
        into.absorb(from, settings.maxStoryTerms());
        into.grewAt = arrivals;
        from.articles.forEach(a -> storyOfArticle.put(a, into));
        stories.remove(from.id);
        from.close();
        centroids.put(into);
        terms.post(into, fromTerms);
        if (into.last != null) {
            fading.add(new Faded(into.last, into));
        }
    }

    /**
     * Closes every story whose last article is more than a window before the newest article seen and that
     * has taken no article in the last {@link ClusterSettings#fadeArrivals()} arrivals: a stream from many
     * feeds, or an archive read in no particular order, brings articles late, and a story closed at the
     * first sight of a newer date could not take them.
     */
    private void fadeBefore(Instant time) {
        if (time != null && (newest == null || time.isAfter(newest))) {
            newest = time;
        }
        if (newest == null) {
            return;
        }
        Instant horizon = newest.minus(settings.window());
        while (!fading.isEmpty() && fading.peek().last().isBefore(horizon)) {
            Faded f = fading.poll();
            Story s = f.story();
            if (s.active && s.last.equals(f.last())) {
                waiting.add(new Waiting(s.grewAt, s));
            }
        }
        while (!waiting.isEmpty() && waiting.peek().grewAt() <= arrivals - settings.fadeArrivals()) {
            Waiting w = waiting.poll();
            Story s = w.story();
            if (s.active && s.grewAt == w.grewAt() && s.last.isBefore(horizon)) {
                centroids.remove(s);
                terms.remove(s);
                s.close();
            }
        }
    }
}

package org.storyline.core.cluster;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How {@link StoryAssigner} decides. An article joins the best candidate story when
 * {@code embeddingWeight·cos(embedding, story centroid) + entityWeight·cos(entities, story entities)
 * + keywordWeight·cos(keywords, story keywords) ≥ joinThreshold} (plus the time and event cues below);
 * otherwise it starts a story. Candidate stories close to the article are merged into the one it joined
 * when the same score between the stories themselves reaches {@code mergeThreshold}.
 *
 * <p><b>Timeliness.</b> When the article and the story are both dated and lie within {@code newsCycle} of
 * each other, and they already share named entities (entity cosine at least {@code timelyEntities}), the
 * score gains {@code timelyWeight·(1 − gap/newsCycle)}, gap being the time from the article to the
 * story's span (zero inside it). Coverage of one event by several outlets comes out within a day or two
 * and names the same people and places while each outlet writes its own text (a follow-up, an analysis,
 * a local angle), so text similarity alone underrates it; an undated article, or one without a shared
 * name, gains nothing. It was set on the project's dated examples, where it lifts same-event pairs
 * (0.35-0.46 without it) over the join threshold, while the best cross-event score there stays under 0.1.
 * A local angle names its own people and places far more than the event's ("the council's website was among
 * those exposed by the Quillpress flaw" shares only the product, entity cosine 0.03), so a shared name counts
 * too when the words agree (keyword cosine at least {@code timelyKeywords}): a shared subject, not one name
 * two unrelated reports of the same day both mention. The term is whole when the names or the words agree at
 * {@code timelyFull} or more and shrinks in proportion below: in a dense week of news, same-day reports that
 * share only the week's dominant names ("Trump", "Biden") took the whole term and ran into one event.
 *
 * <p><b>Event cues.</b> Two reports of one event come out days apart at most; twin events (another
 * earthquake in the same region, another rehab stay of a celebrity) are months or years apart and happen to
 * other people. Two terms say so, each from general news logic:
 * <ul>
 *   <li><i>era</i>: the year an article was published or, undated, the latest year its text names (news
 *   reports the past); a story's era is its articles' most common one. When both are known and at least
 *   {@code eraGap} years apart, the score loses {@code eraPenalty}.</li>
 *   <li><i>shared day</i>: when the article and the story have a calendar day in common (a publication
 *   day, or a day the text names such as "on Thursday" resolved against the publication date), the score
 *   gains {@code dayWeight}.</li>
 * </ul>
 * Undated articles, and texts that name no year or day, are scored without those two cues, but two more
 * speak for them:
 * <ul>
 *   <li><i>weekday</i>: reports of one event name the weekday it happened on ("died on Thursday"), a date
 *   or not; a story's weekday is the one its articles name most. When the article names weekdays and the
 *   story has one, the score gains {@code weekdayBonus} if it is among them and loses
 *   {@code weekdayPenalty} if not. A twin event falls on another weekday six times in seven. When both
 *   article and story are dated the cue is left out: the dates already place them, every report of the
 *   same days names the same weekdays whatever happened on them, and a follow-up names another (on the
 *   DUC 2004 wire the cue joined unrelated reports of one day and split follow-ups: events B³ precision
 *   0.922 with it, 0.967 without, F1 0.750 / 0.804; ECB+, mostly undated, 0.9235 / 0.9236).</li>
 *   <li><i>undated</i>: when one of article and story is dated and the other not, the score loses
 *   {@code undatedPenalty}: the date is what tells a recurring kind of event (another quake, another
 *   arrest) from this one, and without it the text must carry more of the proof.</li>
 * </ul>
 *
 * <p><b>Fading.</b> A story leaves the indexes once the newest article seen is more than a {@code window}
 * past its last one and it has taken no article in the last {@code fadeArrivals} arrivals: an archive
 * read in no particular order, or several feeds, bring articles late, and a story closed at the first
 * sight of a newer date could not take them. Work per article stays bounded by both.
 *
 * <p><b>Merges.</b> Every candidate story scoring at least {@code joinThreshold − mergeReach} against
 * the article is checked against the story it joined, and merged when the story-to-story score reaches
 * {@code mergeThreshold}: an article is often the first to show that two stories begun apart are one.
 *
 * <p>The defaults were chosen on ECB+ topics 1-35 ({@code bench/run ClusterTune}: coordinate ascent over
 * the weights, the thresholds and the event-cue terms, 2 orders; its entity weight of 0.35 was not taken,
 * being within noise on 5 orders and joining the undated pair of the timeliness test) and checked on
 * topics 36-45; see
 * BENCHMARKS.md, "Story clustering (ECB+)". The merge step matters: raising the merge threshold to 0.8
 * (with join 0.5) cut B³ recall on ECB+ topics 1-35 from 0.87 to 0.71.
 *
 * @param window          a story fades when this long passes after its last article (and before its
 *                        first); articles without a date ignore it
 * @param embeddingWeight weight of the sentence-embedding cosine
 * @param entityWeight    weight of the idf-weighted cosine over people, organisations and places
 * @param keywordWeight   weight of the idf-weighted cosine over content words
 * @param joinThreshold   least score for an article to join a story
 * @param mergeThreshold  least story-to-story score to merge two stories an article could join
 * @param nearestStories  candidates taken from the embedding index, the closest first
 * @param termStories     candidates taken from the entity and keyword index, the most shared first
 * @param indexedKeywords an article's keywords (highest tf-idf first) that enter the term index
 * @param maxPostings     terms on more active stories than this say nothing and are not looked up
 * @param maxStoryTerms   entity and keyword terms kept per story (the rarest drop out first)
 * @param hashTables      random-hyperplane LSH tables of the embedding index
 * @param hashBits        hyperplanes per table
 * @param newsCycle       how close in time a dated article and story must be for the timeliness term
 * @param timelyWeight    the timeliness term at a gap of zero
 * @param timelyEntities  least entity cosine for the timeliness term to count
 * @param eraGap          years between an article's and a story's era from which they clash, at least 1
 * @param eraPenalty      what an era clash takes from the score
 * @param dayWeight       what a calendar day in common adds to the score
 * @param fadeArrivals    arrivals a story must go without an article before it may fade
 * @param undatedPenalty  what it costs when one of article and story is dated and the other not
 * @param mergeReach      how far under the join threshold a candidate may score and still be checked for a
 *                        merge with the story the article joined
 * @param weekdayBonus    what it adds when the story's weekday is among those the article names
 * @param weekdayPenalty  what it takes when the article names weekdays and the story's is not among them
 * @param earlyPieceSize  a dated story of at most this many articles is an early piece: a story of at least
 *                        this many that an article joins absorbs it when the story-to-story score reaches
 *                        {@code earlyPieceThreshold} (see {@link StoryAssigner}); 0 turns it off
 * @param earlyPieceThreshold least story-to-story score for that
 * @param timelyKeywords  least keyword cosine for the timeliness term to count when the two share a name but
 *                        fall under {@code timelyEntities}
 * @param timelyFull      the entity or keyword cosine from which the timeliness term is whole; below it the term
 *                        shrinks in proportion; 0 keeps it whole
 */
public record ClusterSettings(Duration window, double embeddingWeight, double entityWeight, double keywordWeight,
                              double joinThreshold, double mergeThreshold, int nearestStories, int termStories,
                              int indexedKeywords, int maxPostings, int maxStoryTerms, int hashTables,
                              int hashBits, Duration newsCycle, double timelyWeight, double timelyEntities,
                              int eraGap, double eraPenalty, double dayWeight, int fadeArrivals,
                              double undatedPenalty, double mergeReach, double weekdayBonus, double weekdayPenalty,
                              int earlyPieceSize, double earlyPieceThreshold, double timelyKeywords,
                              double timelyFull) {

    public static final ClusterSettings DEFAULTS = new ClusterSettings(Duration.ofDays(7),
            0.425, 0.35, 0.325, 0.425, 0.575, 12, 12, 12, 400, 600, 12, 6, Duration.ofDays(2), 0.12, 0.1, 2, 0.075,
            0.025, 1000, 0.145, 0.3, 0.09, 0.033, 0, 1, 0.35, 0.3);

    /**
     * How an article joins a storyline (see {@link StorylineAssigner}): the same score over storylines, with
     * a window of 50 days, no weekday or shared-day cue (a storyline's events fall on many days), a news
     * cycle of two weeks with a small timeliness term (0.05: a storyline outlives a news cycle), a stronger
     * undated penalty (0.195), and early pieces of up to 3 articles taken in at 0.35. Chosen on the DUC 2004
     * dev half and ECB+ topics 1-35 ({@code bench/run StorylineTune}); see BENCHMARKS.md, "Storylines".
     */
    public static final ClusterSettings STORYLINES = new ClusterSettings(Duration.ofDays(50),
            0.40, 0.3, 0.25, 0.40, 0.35, 12, 12, 12, 400, 600, 12, 6, Duration.ofDays(14), 0.05, 0.1, 2, 0,
            0, 1000, 0.195, 0.35, 0, 0, 3, 0.35, 0.35, 0);

    public ClusterSettings {
        if (window.isNegative() || nearestStories < 1 || termStories < 0 || hashTables < 1
                || hashBits < 1 || hashBits > 30 || newsCycle.isNegative() || eraGap < 1
                || fadeArrivals < 0 || undatedPenalty < 0 || mergeReach < 0 || weekdayBonus < 0
                || weekdayPenalty < 0 || earlyPieceSize < 0) {
            throw new IllegalArgumentException("bad cluster settings: " + window + ", " + nearestStories
                    + ", " + termStories + ", " + hashTables + ", " + hashBits);
        }
    }

    public ClusterSettings withWeights(double embedding, double entity, double keyword) {
        return with(d -> {
            d.embeddingWeight = embedding;
            d.entityWeight = entity;
            d.keywordWeight = keyword;
        });
    }

    public ClusterSettings withThresholds(double join, double merge) {
        return with(d -> {
            d.joinThreshold = join;
            d.mergeThreshold = merge;
        });
    }

    public ClusterSettings withWindow(Duration newWindow) {
        return with(d -> d.window = newWindow);
    }

    public ClusterSettings withTimeliness(Duration cycle, double weight, double leastEntities) {
        return with(d -> {
            d.newsCycle = cycle;
            d.timelyWeight = weight;
            d.timelyEntities = leastEntities;
        });
    }

    public ClusterSettings withEra(int gapYears, double penalty) {
        return with(d -> {
            d.eraGap = gapYears;
            d.eraPenalty = penalty;
        });
    }

    public ClusterSettings withFading(int arrivals) {
        return with(d -> d.fadeArrivals = arrivals);
    }

    public ClusterSettings withDayWeight(double day) {
        return with(d -> d.dayWeight = day);
    }

    public ClusterSettings withUndatedPenalty(double penalty) {
        return with(d -> d.undatedPenalty = penalty);
    }

    public ClusterSettings withMergeReach(double reach) {
        return with(d -> d.mergeReach = reach);
    }

    public ClusterSettings withEarlyPieces(int size, double threshold) {
        return with(d -> {
            d.earlyPieceSize = size;
            d.earlyPieceThreshold = threshold;
        });
    }

    public ClusterSettings withTimelyKeywords(double leastKeywords) {
        return with(d -> d.timelyKeywords = leastKeywords);
    }

    public ClusterSettings withTimelyFull(double full) {
        return with(d -> d.timelyFull = full);
    }

    public ClusterSettings withWeekday(double bonus, double penalty) {
        return with(d -> {
            d.weekdayBonus = bonus;
            d.weekdayPenalty = penalty;
        });
    }

    /** These settings with {@code change} made to a copy; the one place that lists every component. */
    private ClusterSettings with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new ClusterSettings(d.window, d.embeddingWeight, d.entityWeight, d.keywordWeight, d.joinThreshold,
                d.mergeThreshold, d.nearestStories, d.termStories, d.indexedKeywords, d.maxPostings,
                d.maxStoryTerms, d.hashTables, d.hashBits, d.newsCycle, d.timelyWeight, d.timelyEntities, d.eraGap,
                d.eraPenalty, d.dayWeight, d.fadeArrivals, d.undatedPenalty, d.mergeReach, d.weekdayBonus,
                d.weekdayPenalty, d.earlyPieceSize, d.earlyPieceThreshold, d.timelyKeywords, d.timelyFull);
    }

    /** A changeable copy of every component, for the {@code with…} methods. */
    private static final class Draft {
        Duration window;
        double embeddingWeight;
        double entityWeight;
        double keywordWeight;
        double joinThreshold;
        double mergeThreshold;
        int nearestStories;
        int termStories;
        int indexedKeywords;
        int maxPostings;
        int maxStoryTerms;
        int hashTables;
        int hashBits;
        Duration newsCycle;
        double timelyWeight;
        double timelyEntities;
        int eraGap;
        double eraPenalty;
        double dayWeight;
        int fadeArrivals;
        double undatedPenalty;
        double mergeReach;
        double weekdayBonus;
        double weekdayPenalty;
        int earlyPieceSize;
        double earlyPieceThreshold;
        double timelyKeywords;
        double timelyFull;

        Draft(ClusterSettings s) {
            window = s.window;
            embeddingWeight = s.embeddingWeight;
            entityWeight = s.entityWeight;
            keywordWeight = s.keywordWeight;
            joinThreshold = s.joinThreshold;
            mergeThreshold = s.mergeThreshold;
            nearestStories = s.nearestStories;
            termStories = s.termStories;
            indexedKeywords = s.indexedKeywords;
            maxPostings = s.maxPostings;
            maxStoryTerms = s.maxStoryTerms;
            hashTables = s.hashTables;
            hashBits = s.hashBits;
            newsCycle = s.newsCycle;
            timelyWeight = s.timelyWeight;
            timelyEntities = s.timelyEntities;
            eraGap = s.eraGap;
            eraPenalty = s.eraPenalty;
            dayWeight = s.dayWeight;
            fadeArrivals = s.fadeArrivals;
            undatedPenalty = s.undatedPenalty;
            mergeReach = s.mergeReach;
            weekdayBonus = s.weekdayBonus;
            weekdayPenalty = s.weekdayPenalty;
            earlyPieceSize = s.earlyPieceSize;
            earlyPieceThreshold = s.earlyPieceThreshold;
            timelyKeywords = s.timelyKeywords;
            timelyFull = s.timelyFull;
        }
    }
}

package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.storyline.core.StoryGroups;
import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.story.StorySettings;
import org.storyline.core.story.SummaryCost;

/**
 * Summaries measured as DUC 2004 task 2 measures them: {@code bench/run SummaryEval [--report-only]
 * [--topics] [sharedDir]}.
 * <ol>
 *   <li>Our ROUGE-N ({@link RougeN}) against ROUGE-1.5.5's own numbers for the 13 published systems in
 *   {@code eval/summaries/duc2004_dev/SOURCE.md} ({@link RougeCheck}): each within 0.002, or the rest
 *   means nothing.</li>
 *   <li>Storyline on the 25 dev topics: each topic's 10 documents alone, extracted and analysed as
 *   {@code analyze} does, grouped, the biggest event's summary ({@link SummaryScore}); ROUGE-1 and ROUGE-2
 *   recall beside the systems'; every summary sentence must cite an article.</li>
 * </ol>
 * Bars: ROUGE-2 at least the best published system's on the same topics ({@link #ROUGE2_BAR}) and ROUGE-1
 * at least {@link #ROUGE1_BAR}. Exits 1 when the check or a bar fails, unless {@code --report-only}; skips
 * when the data is absent. {@code --topics} prints each topic's scores ({@code --text} their summaries);
 * {@code --units} also scores the biggest storyline's and the whole topic's articles summarised as one story, and
 * the biggest storyline's own summary (its arc, written from its events' summaries);
 * {@code --cost} analyses the 250 documents afresh and sets the time every event's summary takes against it.
 */
public final class SummaryEval {

    static final double ROUGE1_BAR = 0.386;
    static final double ROUGE2_BAR = 0.091;

    /** Every event's summary of every topic, timed, against analysing the documents afresh. */
    private static void cost(Path shared, DucTopics docs) throws Exception {
        Path fresh = Files.createTempFile("summary-cost", ".jsonl");
        Files.delete(fresh);
        Path jsonl = shared.resolve(DucDoc.DEV);
        List<DucDoc> lines = DucDoc.read(jsonl);
        long start = System.nanoTime();
        LineAnalyses.full(jsonl, LineAnalyses.idsByLine(jsonl, lines.stream().map(DucDoc::id).toList()), fresh);
        double analyse = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(fresh);
        long summaries = 0;
        int events = 0;
        for (List<ArticleAnalysis> topic : docs.byTopic.values()) {
            for (StoryGroups.StoryGroup g : new StoryGroups(docs.profiler, ClusterSettings.DEFAULTS,
                    ClusterSettings.STORYLINES).group(topic)) {
                summaries += SummaryCost.nanos(g.articles(), StorySettings.DEFAULTS, 5);
                events++;
            }
        }
        System.out.printf("cost: %d events' summaries %.3f s; analysing the %d documents afresh %.1f s (model load"
                + " included); summaries are %.2f%% of it (bar 5%%)%n", events, summaries / 1e9, lines.size(), analyse,
                100 * summaries / 1e9 / analyse);
    }

    public static void main(String[] args) throws Exception {
        List<String> flags = Arrays.asList(args);
        boolean reportOnly = flags.contains("--report-only");
        String[] paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        Path shared = Path.of(paths.length > 0 ? paths[0] : "../shared");
        Path dir = shared.resolve(DucSummaries.DEV);
        if (!Files.isDirectory(dir) || !Files.isReadable(shared.resolve(DucDoc.DEV))) {
            System.out.println("SummaryEval: skipped, " + dir + " is absent");
            return;
        }
        long start = System.nanoTime();
        RougePorter porter = RougePorter.withWordNet(RougePorter.WORDNET);
        if (!porter.hasExceptions()) {
            System.out.println("no WordNet exception lists in " + RougePorter.WORDNET
                    + " (Debian: apt-get install wordnet-base): ROUGE-1.5.5's stemming cannot be reproduced");
        }
        DucSummaries duc = DucSummaries.read(dir);
        RougeN rouge = new RougeN(porter);
        System.out.printf("ROUGE-N recall (first %d words, stemmed, stopwords kept, mean over references) on %d topics,"
                + " beside ROUGE-1.5.5's numbers:%n", RougeN.WORDS, duc.topics().size());
        boolean rougeOk = RougeCheck.check(duc, rouge);
        System.out.println(rougeOk ? "our ROUGE agrees with ROUGE-1.5.5 within " + RougeCheck.TOLERANCE
                : "our ROUGE does NOT agree with ROUGE-1.5.5 within " + RougeCheck.TOLERANCE);

        DucTopics docs = DucTopics.load(shared);
        SummaryScore score = SummaryScore.of(duc, docs, rouge, StorySettings.DEFAULTS);
        if (flags.contains("--topics")) {
            score.topics().forEach(t -> System.out.printf("  %s %2d articles %d sentences %3d words R-1 %.4f R-2 %.4f%n",
                    t.id(), t.articles(), t.sentences(), t.words(), t.rouge1(), t.rouge2()));
            if (flags.contains("--text")) {
                score.topics().forEach(t -> System.out.println(t.id() + "\n" + t.text() + "\n"));
            }
        }
        double words = score.topics().stream().mapToInt(SummaryScore.Topic::words).average().orElse(0);
        double sentences = score.topics().stream().mapToInt(SummaryScore.Topic::sentences).average().orElse(0);
        System.out.printf("Storyline (biggest event's summary, %.1f sentences, %.0f words on average): R-1 %.4f R-2 %.4f;"
                + " %d sentences cite no article; grouping and assembly %.2f s%n",
                sentences, words, score.rouge1(), score.rouge2(), score.uncited(), score.assembleSeconds());
        if (flags.contains("--units")) {
            for (SummaryScore.Unit unit : List.of(SummaryScore.Unit.STORYLINE, SummaryScore.Unit.TOPIC, SummaryScore.Unit.ARC)) {
                SummaryScore other = SummaryScore.of(duc, docs, rouge, StorySettings.DEFAULTS, unit);
                System.out.printf("  %s: R-1 %.4f R-2 %.4f; %d sentences cite no article%n", switch (unit) {
                    case TOPIC -> "the same summarizer on all 10 documents of each topic as one story";
                    case STORYLINE -> "the same summarizer on the biggest storyline's articles as one story";
                    default -> "the biggest storyline's own summary, as its page shows it";
                }, other.rouge1(), other.rouge2(), other.uncited());
            }
        }
        if (flags.contains("--cost")) {
            cost(shared, docs);
        }
        boolean pass = rougeOk && score.rouge1() >= ROUGE1_BAR && score.rouge2() >= ROUGE2_BAR && score.uncited() == 0;
        System.out.printf("bars: R-1 >= %.3f, R-2 >= %.3f, every sentence cited: %s; %.0f s%n", ROUGE1_BAR, ROUGE2_BAR,
                pass ? "PASS" : "FAIL", (System.nanoTime() - start) / 1e9);
        if (!pass && !reportOnly) {
            System.exit(1);
        }
    }
}

package org.storyline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ClusterSettings;

/**
 * Chooses {@link ClusterSettings}' weights and thresholds on ECB+ topics 1-35 only (the held-out topics
 * 36-45 are never scored): {@code bench/run ClusterTune [--fine] [sharedDir]}. Coordinate ascent from the
 * defaults: each round tries a few values of one setting at a time (the signal weights, the join and
 * the merge threshold, the era penalty, the shared-day bonus, the undated penalty, the merge reach, the
 * weekday bonus and penalty) and keeps the best, scored by the mean event B³ F1 over two shuffled orders.
 * {@code --fine} takes steps of 0.025 and 0.05 instead of 0.05 and 0.15 (a third of that for the undated
 * and weekday terms).
 */
public final class ClusterTune {

    private static final long[] SEEDS = {1, 2};

    public static void main(String[] args) throws Exception {
        boolean fine = java.util.Arrays.asList(args).contains("--fine");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--fine")).toArray(String[]::new);
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("storyline.shared", "../shared"));
        Path jsonl = shared.resolve("eval/clustering/ecbplus/ecbplus_docs.jsonl");
        List<EcbPlusDoc> all = EcbPlusDoc.read(jsonl);
        List<EcbPlusDoc> dev = all.stream().filter(d -> d.topic() <= ClusterEval.LAST_DEV_TOPIC).toList();
        Map<String, ArticleProfile> profiles = ClusterEval.profiles(jsonl, all);
        ClusterSettings best = ClusterSettings.DEFAULTS;
        double bestF1 = score(dev, profiles, best);
        System.out.printf("start %.4f %s%n", bestF1, best);
        double[] steps = fine ? new double[] {-0.05, -0.025, 0.025, 0.05} : new double[] {-0.15, -0.05, 0.05, 0.15};
        for (int round = 1; round <= 3; round++) {
            ClusterSettings start = best;
            List<DoubleFunction<ClusterSettings>> moves = List.of(
                    d -> start.withWeights(start.embeddingWeight() + d, start.entityWeight(), start.keywordWeight()),
                    d -> start.withWeights(start.embeddingWeight(), start.entityWeight() + d, start.keywordWeight()),
                    d -> start.withWeights(start.embeddingWeight(), start.entityWeight(), start.keywordWeight() + d),
                    d -> start.withThresholds(start.joinThreshold() + d, start.mergeThreshold()),
                    d -> start.withThresholds(start.joinThreshold(), start.mergeThreshold() + d),
                    d -> start.withEra(start.eraGap(), Math.max(0, start.eraPenalty() + d)),
                    d -> start.withDayWeight(Math.max(0, start.dayWeight() + d)),
                    d -> start.withUndatedPenalty(Math.max(0, start.undatedPenalty() + d / 3)),
                    d -> start.withMergeReach(Math.max(0, start.mergeReach() + d)),
                    d -> start.withWeekday(Math.max(0, start.weekdayBonus() + d / 3), start.weekdayPenalty()),
                    d -> start.withWeekday(start.weekdayBonus(), Math.max(0, start.weekdayPenalty() + d / 3)));
            for (DoubleFunction<ClusterSettings> move : moves) {
                ClusterSettings base = best;
                List<ClusterSettings> trials = java.util.Arrays.stream(steps).mapToObj(move)
                        .filter(t -> t.embeddingWeight() >= 0 && t.entityWeight() >= 0 && t.keywordWeight() >= 0)
                        .map(t -> moveFrom(base, start, t)).toList();
                List<Double> scores = trials.parallelStream().map(t -> score(dev, profiles, t)).toList();
                for (int i = 0; i < trials.size(); i++) {
                    if (scores.get(i) > bestF1 + 1e-4) {
                        bestF1 = scores.get(i);
                        best = trials.get(i);
                    }
                }
                System.out.printf("round %d  %.4f  %s%n", round, bestF1, describe(best));
                System.out.flush();
            }
            if (best.equals(start)) {
                break;
            }
        }
        System.out.printf("best %.4f  %s%n", bestF1, describe(best));
    }

    /** Applies the change {@code trial} made to {@code start} on top of {@code base}, the best so far. */
    private static ClusterSettings moveFrom(ClusterSettings base, ClusterSettings start, ClusterSettings trial) {
        return base.withWeekday(Math.max(0, base.weekdayBonus() + trial.weekdayBonus() - start.weekdayBonus()),
                        Math.max(0, base.weekdayPenalty() + trial.weekdayPenalty() - start.weekdayPenalty()))
                .withUndatedPenalty(Math.max(0, base.undatedPenalty() + trial.undatedPenalty() - start.undatedPenalty()))
                .withMergeReach(Math.max(0, base.mergeReach() + trial.mergeReach() - start.mergeReach()))
                .withEra(base.eraGap(), Math.max(0, base.eraPenalty() + trial.eraPenalty() - start.eraPenalty()))
                .withDayWeight(Math.max(0, base.dayWeight() + trial.dayWeight() - start.dayWeight()))
                .withWeights(base.embeddingWeight() + trial.embeddingWeight() - start.embeddingWeight(),
                        base.entityWeight() + trial.entityWeight() - start.entityWeight(),
                        base.keywordWeight() + trial.keywordWeight() - start.keywordWeight())
                .withThresholds(base.joinThreshold() + trial.joinThreshold() - start.joinThreshold(),
                        base.mergeThreshold() + trial.mergeThreshold() - start.mergeThreshold());
    }

    private static double score(List<EcbPlusDoc> dev, Map<String, ArticleProfile> profiles, ClusterSettings s) {
        return Summary.over(dev, SEEDS, order -> ClusterEval.storyline(order, profiles, s)).meanB3F1();
    }

    private static String describe(ClusterSettings s) {
        return String.format("embedding %.3f entities %.3f keywords %.3f join %.3f merge %.3f era %.3f day %.3f"
                        + " undated %.3f reach %.3f weekday +%.3f -%.3f",
                s.embeddingWeight(), s.entityWeight(), s.keywordWeight(), s.joinThreshold(), s.mergeThreshold(),
                s.eraPenalty(), s.dayWeight(), s.undatedPenalty(), s.mergeReach(), s.weekdayBonus(), s.weekdayPenalty());
    }
}

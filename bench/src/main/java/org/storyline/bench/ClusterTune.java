package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ClusterSettings;

/**
 * Chooses {@link ClusterSettings}' weights and thresholds on ECB+ topics 1-35 only (the held-out topics
 * 36-45 are never looked at): {@code bench/run ClusterTune [sharedDir]}. Grid search over the signal
 * weights, the join threshold and the merge threshold, each setting scored by the mean event B³ F1
 * over two shuffled orders; prints the ten best.
 */
public final class ClusterTune {

    record Trial(ClusterSettings settings, double f1) {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("storyline.shared", "../shared"));
        List<EcbPlusDoc> dev = EcbPlusDoc.read(shared.resolve("eval/clustering/ecbplus/ecbplus_docs.jsonl")).stream()
                .filter(d -> d.topic() <= ClusterEval.LAST_DEV_TOPIC).toList();
        Map<String, ArticleProfile> profiles = ClusterEval.profiles(dev);
        List<Trial> trials = new ArrayList<>();
        double[] weights = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        long[] seeds = {1, 2};
        for (double we : weights) {
            for (double wn : weights) {
                double wk = Math.round((1 - we - wn) * 10) / 10.0;
                if (wk < 0) {
                    continue;
                }
                for (double join = 0.2; join <= 0.601; join += 0.05) {
                    for (double merge : new double[] {0.5, 0.65, 2.0}) {
                        ClusterSettings s = ClusterSettings.DEFAULTS.withWeights(we, wn, wk).withThresholds(join, merge);
                        double f1 = Summary.over(dev, seeds, order -> ClusterEval.storyline(order, profiles, s)).meanB3F1();
                        trials.add(new Trial(s, f1));
                    }
                }
            }
            System.out.printf("embedding weight %.1f done, best so far %.4f%n", we,
                    trials.stream().mapToDouble(Trial::f1).max().orElse(0));
        }
        trials.sort(Comparator.comparingDouble(Trial::f1).reversed());
        trials.stream().limit(10).forEach(t -> System.out.printf("%.4f  embedding %.2f entities %.2f keywords %.2f join %.3f merge %.2f%n",
                t.f1(), t.settings().embeddingWeight(), t.settings().entityWeight(), t.settings().keywordWeight(),
                t.settings().joinThreshold(), t.settings().mergeThreshold()));
    }
}

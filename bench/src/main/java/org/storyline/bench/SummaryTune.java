package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.storyline.core.story.StorySettings;

/**
 * A grid over the summary settings on the DUC dev half: {@code bench/run SummaryTune [sharedDir]}. Prints
 * ROUGE-1 and ROUGE-2 recall for each setting; for choosing defaults that hold in general, not for fitting
 * these 25 topics (the held-out half checks that).
 */
public final class SummaryTune {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path dir = shared.resolve(DucSummaries.DEV);
        if (!Files.isDirectory(dir) || !Files.isReadable(shared.resolve(DucDoc.DEV))) {
            System.out.println("SummaryTune: skipped, " + dir + " is absent");
            return;
        }
        DucSummaries duc = DucSummaries.read(dir);
        DucTopics docs = DucTopics.load(shared);
        RougeN rouge = new RougeN(RougePorter.withWordNet(RougePorter.WORDNET));
        StorySettings d = StorySettings.DEFAULTS;
        for (int minWords : new int[] {7, 10}) {
            for (double share : new double[] {0.2, 0.3, 0.4}) {
                for (double boost : new double[] {1.5, 2.0, 2.5}) {
                    StorySettings s = new StorySettings(d.alignThreshold(), d.anchoredThreshold(), d.anchoredTerms(),
                            d.strongThreshold(), d.quoteOverlap(), d.measureOverlap(), d.exactTolerance(),
                            d.hedgedTolerance(), d.contradiction(), d.summaryWords(), share, boost,
                            minWords, d.maxSummaryWords());
                    SummaryScore score = SummaryScore.of(duc, docs, rouge, s);
                    System.out.printf("min words %d share %.2f lead boost %.1f: R-1 %.4f R-2 %.4f%n", minWords, share,
                            boost, score.rouge1(), score.rouge2());
                }
            }
        }
    }
}

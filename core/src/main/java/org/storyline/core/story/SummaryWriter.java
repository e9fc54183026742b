package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;

/**
 * An extractive summary by maximal marginal relevance: repeatedly take the sentence that best trades
 * closeness to the whole coverage (plus a bonus for being carried by several outlets and for being an
 * article's lead) against similarity to the sentences already taken. Each chosen sentence cites every
 * outlet its aligned group cites.
 */
final class SummaryWriter {

    private static final double CORROBORATION_BONUS = 0.1;
    private static final double LEAD_BONUS = 0.05;

    private final TermWeights weights;
    private final Centroid centroid;
    private final StorySettings settings;

    SummaryWriter(TermWeights weights, Centroid centroid, StorySettings settings) {
        this.weights = weights;
        this.centroid = centroid;
        this.settings = settings;
    }

    /**
     * @param candidates passages of the articles the summary may quote from
     * @param reportOf   the report of each passage's aligned group, by passage index
     */
    List<SummarySentence> write(List<Passage> candidates, Map<Integer, Report> reportOf) {
        var pool = new ArrayList<Passage>();
        for (var p : candidates) {
            if (p.words() >= settings.minSummaryWords() && p.words() <= settings.maxSummaryWords()) {
                pool.add(p);
            }
        }
        var chosen = new ArrayList<Passage>();
        var usedReports = new HashSet<Report>();
        double lambda = settings.summaryDiversity();
        while (chosen.size() < StoryView.MAX_SUMMARY_SENTENCES) {
            Passage best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (var p : pool) {
                var report = reportOf.get(p.index());
                if (chosen.contains(p) || usedReports.contains(report)) {
                    continue;
                }
                double relevance = centroid.closeness(p.terms())
                        + CORROBORATION_BONUS * Math.min(3, report.independentReports() - 1)
                        + (p.sentence() <= 1 ? LEAD_BONUS : 0);
                double redundancy = chosen.stream()
                        .mapToDouble(c -> weights.similarity(c.terms(), p.terms())).max().orElse(0);
                double score = lambda * relevance - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            usedReports.add(reportOf.get(best.index()));
        }
        return chosen.stream().map(p -> {
            var report = reportOf.get(p.index());
            return new SummarySentence(p.text(), report.outlets(), report.citations());
        }).toList();
    }
}

package org.storyline.bench;

import org.storyline.core.model.Span;

import java.util.List;
import java.util.Locale;

/**
 * Scores predicted quotes against PolNeAR gold attributions. A prediction matches a gold content span when
 * their character overlap covers at least half of the shorter of the two. A gold content may come in pieces
 * (a quote interrupted by "he said", or continued in the next paragraph): each piece matches at most one
 * prediction and each prediction at most one piece, best overlap first. Precision counts matched
 * predictions; recall counts gold attributions with at least one matched piece. On matched pairs the
 * speaker is right when the predicted speaker mention overlaps the gold source, or the predicted name
 * contains the gold source's last word.
 */
final class AttributionScore {

    int gold;
    int goldFound;
    int predicted;
    int matched;
    int speakerRight;

    /** Scores one article; returns which predictions matched a gold piece. */
    boolean[] add(String text, List<PolnearDocument.Attribution> golds, List<PredictedQuote> predictions) {
        gold += golds.size();
        predicted += predictions.size();
        boolean[] taken = new boolean[predictions.size()];
        for (PolnearDocument.Attribution g : golds) {
            boolean found = false;
            for (Span piece : g.content()) {
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < predictions.size(); i++) {
                    Span p = predictions.get(i).content();
                    int overlap = Math.max(0, Math.min(piece.end(), p.end()) - Math.max(piece.begin(), p.begin()));
                    if (!taken[i] && overlap > bestOverlap && overlap * 2 >= Math.min(piece.length(), p.length())) {
                        best = i;
                        bestOverlap = overlap;
                    }
                }
                if (best >= 0) {
                    taken[best] = true;
                    found = true;
                    matched++;
                    if (speakerRight(text, g, predictions.get(best))) {
                        speakerRight++;
                    }
                }
            }
            if (found) {
                goldFound++;
            }
        }
        return taken;
    }

    static boolean speakerRight(String text, PolnearDocument.Attribution g, PredictedQuote p) {
        if (p.speakerMention() != null && g.source().stream().anyMatch(s -> s.overlaps(p.speakerMention()))) {
            return true;
        }
        if (p.speakerName() == null || g.source().isEmpty()) {
            return false;
        }
        String[] words = g.source().get(g.source().size() - 1).of(text).split("[\\s\u00a0]+");
        String last = words[words.length - 1].replaceAll("(?i)['\u2019]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
        return !last.isEmpty() && p.speakerName().toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT));
    }

    double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
        return matched == 0 ? 0 : (double) speakerRight / matched;
    }

    String line(String name) {
        return String.format(Locale.ROOT, "%-44s gold=%4d found=%4d predicted=%4d matched=%4d  P=%.3f R=%.3f F1=%.3f  speaker=%.3f",
                name, gold, goldFound, predicted, matched, precision(), recall(), f1(), speakerAccuracy());
    }
}

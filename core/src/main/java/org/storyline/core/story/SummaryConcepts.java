package org.storyline.core.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a story's articles report, as concepts to cover: pairs of adjacent stemmed words (a pair of two
 * stopwords says nothing) and, at {@link #WORD_WEIGHT}, single content words, each weighted by how many
 * articles and outlets carry it. A pair that an article
 * carries in its lead counts {@code leadBoost} times for that article: the lead is where a reporter puts what
 * matters most. Only pairs that enough of the articles share ({@code conceptShare} of them, at least two when
 * the story has more than two articles) are concepts: a pair one article alone uses is its wording, not the
 * story. This is the concept model of the strongest extractive news summarizers (Gillick and Favre's, whose
 * document frequency this extends with outlets and leads).
 */
final class SummaryConcepts {

    /** The sentences an article's lead holds. */
    static final int LEAD_SENTENCES = 2;

    /** What a single content word counts for, beside a pair: it catches a concept outlets word differently. */
    static final double WORD_WEIGHT = 0.25;

    private final Map<String, Double> weights;

    private SummaryConcepts(Map<String, Double> weights) {
        this.weights = weights;
    }

    static SummaryConcepts of(List<Passage> passages, double conceptShare, double leadBoost) {
        var articles = new HashMap<String, Set<String>>();
        var outlets = new HashMap<String, Set<String>>();
        var leads = new HashMap<String, Set<String>>();
        var allArticles = new HashSet<String>();
        for (var p : passages) {
            allArticles.add(p.articleId());
            for (var c : pairs(p)) {
                articles.computeIfAbsent(c, k -> new HashSet<>()).add(p.articleId());
                outlets.computeIfAbsent(c, k -> new HashSet<>()).add(p.outlet());
                if (p.sentence() < LEAD_SENTENCES) {
                    leads.computeIfAbsent(c, k -> new HashSet<>()).add(p.articleId());
                }
            }
        }
        int n = allArticles.size();
        int least = n <= 2 ? 1 : Math.max(2, (int) Math.ceil(conceptShare * n));
        var weights = new HashMap<String, Double>();
        articles.forEach((c, carrying) -> {
            if (carrying.size() >= least) {
                int lead = leads.getOrDefault(c, Set.of()).size();
                double w = carrying.size() + (leadBoost - 1) * lead + outlets.get(c).size() - 1;
                // squared: what most of the coverage carries outweighs several things a few articles carry
                weights.put(c, (c.indexOf(' ') < 0 ? WORD_WEIGHT : 1) * w * w);
            }
        });
        return new SummaryConcepts(weights);
    }

    /** The sentence's adjacent word pairs, each once, but those of two stopwords, and its content words. */
    static Set<String> pairs(Passage p) {
        return pairs(p.stems());
    }

    /** As {@link #pairs(Passage)}, for a sentence's stems. */
    static Set<String> pairs(List<String> stems) {
        var out = new LinkedHashSet<String>();
        for (int i = 0; i + 1 < stems.size(); i++) {
            var a = stems.get(i);
            var b = stems.get(i + 1);
            if (!(WordList.STOPWORDS.contains(a) && WordList.STOPWORDS.contains(b))) {
                out.add(a + " " + b);
            }
        }
        for (var a : stems) {
            if (!WordList.STOPWORDS.contains(a) && a.length() > 1) {
                out.add(a);
            }
        }
        return out;
    }

    /** The concepts among the sentence's pairs. */
    Set<String> of(Passage p) {
        var out = new HashSet<String>();
        for (var c : pairs(p)) {
            if (weights.containsKey(c)) {
                out.add(c);
            }
        }
        return out;
    }

    double weight(String concept) {
        return weights.getOrDefault(concept, 0.0);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}

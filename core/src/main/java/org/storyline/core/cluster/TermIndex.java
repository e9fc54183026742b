package org.storyline.core.cluster;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverted index from entity and keyword terms to the active stories that carry them. A lookup adds up
 * the idf of the terms a story shares with the article and returns the highest; a term posted on more
 * than {@code maxPostings} stories is skipped, which bounds the work and costs nothing in quality (such
 * a term has almost no idf).
 */
final class TermIndex {

    private final Map<String, Set<Story>> postings = new HashMap<>();
    private final int maxPostings;

    TermIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    void post(Story story, Collection<String> terms) {
        for (String t : terms) {
            if (story.posted.add(t)) {
                postings.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(story);
            }
        }
    }

    void remove(Story story) {
        for (String t : story.posted) {
            Set<Story> stories = postings.get(t);
            if (stories != null) {
                stories.remove(story);
                if (stories.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
        story.posted.clear();
    }

    List<Story> sharing(Collection<String> terms, TermStats stats, int limit) {
        Map<Story, Double> found = new IdentityHashMap<>();
        for (String t : terms) {
            Set<Story> stories = postings.get(t);
            if (stories == null || stories.size() > maxPostings) {
                continue;
            }
            double idf = stats.idf(t);
            for (Story s : stories) {
                found.merge(s, idf, Double::sum);
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.<Story, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().sequence))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}

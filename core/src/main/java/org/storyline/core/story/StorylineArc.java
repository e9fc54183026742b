package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;

/**
 * A storyline's summary, written from its events' summaries alone (so a storyline of thousands of articles
 * costs a pass over its events): the sentences that together cover most of what the storyline's coverage
 * reports, in the order the events happened. Concepts are as in {@link SummaryConcepts} (adjacent stemmed
 * word pairs, and single content words at {@link SummaryConcepts#WORD_WEIGHT}), each weighted by the
 * articles of the events whose summaries carry it, squared: what the bulk of the coverage says outweighs
 * what one brief carries, while a concept every event repeats (the storyline's through-line) weighs most.
 * The arc starts from the leads of the events several articles covered (how it began, and each development
 * that drew coverage, however long); then a greedy adds the sentence whose uncovered weight per word is highest, shared
 * with the sentences its event already has in (so the developments are told, not only the biggest event),
 * until about {@code budget} words or until no sentence adds weight. A sentence must share a content word
 * with another event's summary (one that shares none is a side detail of its event), and never repeats one
 * already taken.
 */
final class StorylineArc {

    /**
     * Share of a sentence's concepts another sentence may carry before it repeats it. Higher than a story's
     * {@link ConceptCover#REDUNDANT}: a storyline's events restate its through-line ("the dock workers'
     * strike") in every development, and what each adds is the rest.
     */
    static final double REPEATS = 0.8;

    private StorylineArc() {
    }

    /**
     * @param events the storyline's events in time order
     * @param budget about how many words
     * @param most   the most sentences
     */
    static List<SummarySentence> of(List<StoryView> events, int budget, int most) {
        var candidates = new ArrayList<Candidate>();
        var weight = new HashMap<String, Double>();
        var eventsCarrying = new HashMap<String, Integer>();
        var leadOf = new HashMap<Integer, Candidate>();
        for (int e = 0; e < events.size(); e++) {
            var support = new HashMap<String, Integer>();
            var summary = events.get(e).summary();
            for (int s = 0; s < summary.size(); s++) {
                var c = new Candidate(e, s, summary.get(s), concepts(summary.get(s).text()));
                candidates.add(c);
                if (s == 0) {
                    leadOf.put(e, c);
                }
                int articles = Math.max(1, events.get(e).articles().size());
                c.concepts.forEach(concept -> support.merge(concept, articles, Math::max));
            }
            support.forEach((concept, articles) -> weight.merge(concept, (double) articles, Double::sum));
            support.keySet().forEach(concept -> eventsCarrying.merge(concept, 1, Integer::sum));
        }
        weight.replaceAll((c, w) -> (c.indexOf(' ') < 0 ? SummaryConcepts.WORD_WEIGHT : 1) * w * w);
        // a sentence that shares no content word with another event's summary is a side detail of its event
        var linked = candidates.stream().filter(c -> c.concepts.stream()
                .anyMatch(concept -> concept.indexOf(' ') < 0 && eventsCarrying.get(concept) >= 2)).toList();
        var seeds = leads(events, leadOf, most);
        var chosen = choose(linked.isEmpty() ? candidates : linked, seeds, weight, budget, most);
        chosen.sort((a, b) -> a.event != b.event ? Integer.compare(a.event, b.event) : Integer.compare(a.position, b.position));
        return chosen.stream().map(c -> c.sentence).toList();
    }

    /**
     * The leads (first summary sentences) of the events several articles covered, the biggest first and
     * the later of two alike, up to {@code most} and none repeating another: how it began and each
     * development that drew coverage, before anything else, however long their leads (a storyline whose
     * summary leaves out one of its developments tells the wrong story; the word budget is for what follows).
     */
    private static List<Candidate> leads(List<StoryView> events, Map<Integer, Candidate> leadOf, int most) {
        var covered = new ArrayList<Integer>();
        for (int e : leadOf.keySet()) {
            if (events.get(e).articles().size() >= 2) {
                covered.add(e);
            }
        }
        covered.sort(Comparator.comparingInt((Integer e) -> -events.get(e).articles().size())
                .thenComparing(Comparator.reverseOrder()));
        var leads = new ArrayList<Candidate>();
        for (int e : covered) {
            var lead = leadOf.get(e);
            if (leads.size() < most && leads.stream().noneMatch(k -> similar(k, lead))) {
                leads.add(lead);
            }
        }
        return leads;
    }

    /** The greedy, going on from {@code seeds}; a sentence's gain is shared with those its event has in already. */
    private static List<Candidate> choose(List<Candidate> candidates, List<Candidate> seeds, Map<String, Double> weight,
                                          int budget, int most) {
        var chosen = new ArrayList<Candidate>(seeds);
        var covered = new HashSet<String>();
        seeds.forEach(c -> covered.addAll(c.concepts));
        int words = seeds.stream().mapToInt(Candidate::length).sum();
        while (chosen.size() < most && words < budget) {
            Candidate best = null;
            double bestGain = 0;
            for (var c : candidates) {
                if (chosen.contains(c) || chosen.stream().anyMatch(k -> similar(k, c))) {
                    continue;
                }
                double gain = 0;
                for (var concept : c.concepts) {
                    if (!covered.contains(concept)) {
                        gain += weight.getOrDefault(concept, 0.0);
                    }
                }
                long fromItsEvent = chosen.stream().filter(k -> k.event == c.event).count();
                gain /= c.length * (1 + fromItsEvent);
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            covered.addAll(best.concepts);
            words += best.length;
        }
        return chosen;
    }

    /** Whether two sentences share most of their concepts: one would repeat the other. */
    private static boolean similar(Candidate a, Candidate b) {
        var small = a.concepts().size() <= b.concepts().size() ? a.concepts() : b.concepts();
        var large = small == a.concepts() ? b.concepts() : a.concepts();
        if (small.isEmpty()) {
            return false;
        }
        long shared = small.stream().filter(large::contains).count();
        return shared > REPEATS * small.size();
    }

    private static Set<String> concepts(String text) {
        return SummaryConcepts.pairs(Passage.stems(text));
    }

    /** One event summary's sentence: which event, where in its summary, and what it carries. */
    private record Candidate(int event, int position, SummarySentence sentence, Set<String> concepts, int length) {

        Candidate(int event, int position, SummarySentence sentence, Set<String> concepts) {
            this(event, position, sentence, concepts, Math.max(1, sentence.text().split("\\s+").length));
        }
    }
}

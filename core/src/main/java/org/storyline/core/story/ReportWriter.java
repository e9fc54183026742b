package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Claim;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;

/**
 * Turns a group of aligned sentences into a {@link Report}: its wording (the sentence closest to the
 * others), what kind of thing it is, every outlet carrying it — copies of the articles included — and
 * how many independent reports that makes.
 */
final class ReportWriter {

    private final TermWeights weights;
    private final ClaimMatcher claims;
    private final Map<Integer, List<Citation>> copyCitations;

    /**
     * @param copyCitations for a passage index, the same sentence as each near-duplicate copy printed it
     */
    ReportWriter(TermWeights weights, ClaimMatcher claims, Map<Integer, List<Citation>> copyCitations) {
        this.weights = weights;
        this.claims = claims;
        this.copyCitations = copyCitations;
    }

    Report write(List<Passage> group) {
        var claim = sharedClaim(group);
        // a figure's report reads in a sentence that gives the figure, not in a shorter telling without it
        var carriers = claim == null ? group : carriers(group, claim);
        var lead = representative(carriers.isEmpty() ? group : carriers);
        var citations = new ArrayList<Citation>();
        var outlets = new LinkedHashSet<String>();
        for (var p : group) {
            citations.add(p.citation());
            outlets.add(p.outlet());
        }
        for (var p : group) {
            for (var c : copyCitations.getOrDefault(p.index(), List.of())) {
                citations.add(c);
                outlets.add(c.outlet());
            }
        }
        int independent = (int) group.stream().map(Passage::articleId).distinct().count();
        var speaker = commonSpeaker(group);
        if (claim != null) {
            return new Report(ReportKind.CLAIM, lead.text(), speaker, null, claim, List.copyOf(outlets), independent, citations);
        }
        if (speaker != null && group.stream().allMatch(Passage::quoted)) {
            var kind = lead.quotes().stream().max(Comparator.comparingInt(q -> q.span().length()))
                    .map(q -> q.kind()).orElse(QuoteKind.DIRECT);
            return new Report(ReportKind.QUOTE, lead.text(), speaker, kind, null, List.copyOf(outlets), independent, citations);
        }
        return new Report(ReportKind.STATEMENT, lead.text(), speaker, null, null, List.copyOf(outlets), independent, citations);
    }

    /** One number of a sentence, as a report of its own: a figure its outlet alone gives. */
    Report write(Passage p, Claim claim) {
        var citations = new ArrayList<Citation>();
        citations.add(p.citation());
        citations.addAll(copyCitations.getOrDefault(p.index(), List.of()));
        var outlets = citations.stream().map(Citation::outlet).distinct().toList();
        return new Report(ReportKind.CLAIM, p.text(), null, null, claim, outlets, 1, citations);
    }

    /** The claim the group is about: one every member's article agrees on, or a lone sentence's first claim. */
    private Claim sharedClaim(List<Passage> group) {
        if (group.size() == 1) {
            return group.get(0).claims().isEmpty() ? null : group.get(0).claims().get(0);
        }
        for (var p : group) {
            for (var q : group) {
                if (p.source() == q.source()) {
                    continue;
                }
                for (var a : p.claims()) {
                    for (var b : q.claims()) {
                        if (claims.sameMeasure(a, b) && claims.sameValue(a, b)) {
                            return a;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The members that report {@code claim} (the same measure and value). */
    private List<Passage> carriers(List<Passage> group, Claim claim) {
        return group.stream()
                .filter(p -> p.claims().stream().anyMatch(c -> claims.sameMeasure(c, claim) && claims.sameValue(c, claim)))
                .toList();
    }

    private static String commonSpeaker(List<Passage> group) {
        Set<String> common = null;
        for (var p : group) {
            if (common == null) {
                common = new LinkedHashSet<>(p.speakers());
            } else {
                common.retainAll(p.speakers());
            }
        }
        return common == null || common.isEmpty() ? null : common.iterator().next();
    }

    /** The member most similar to the rest; the longest on a tie. */
    Passage representative(List<Passage> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        var score = new HashMap<Passage, Double>();
        for (var p : group) {
            double sum = 0;
            for (var q : group) {
                if (p != q) {
                    sum += weights.similarity(p.terms(), q.terms());
                }
            }
            score.put(p, sum);
        }
        return group.stream()
                .max(Comparator.comparingDouble((Passage p) -> score.get(p)).thenComparingInt(p -> p.text().length()))
                .orElseThrow();
    }
}

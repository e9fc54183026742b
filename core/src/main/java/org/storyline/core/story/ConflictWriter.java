package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Conflict;
import org.storyline.core.model.ConflictKind;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;

/**
 * Writes the aligner's disagreements between outlets as {@link Conflict}s. Clashing values of one measure
 * make one conflict whatever the number of outlets: its sides are the distinct values, each listing every
 * outlet that reports it, including outlets whose sentence was aligned with a clashing one and agrees with
 * it. Disagreements within one outlet's articles are left out.
 */
final class ConflictWriter {

    private final ClaimMatcher claims;
    private final TermWeights weights;
    private final double closeEnough;
    private final Map<Integer, List<Citation>> copyCitations;

    ConflictWriter(ClaimMatcher claims, TermWeights weights, StorySettings settings,
                   Map<Integer, List<Citation>> copyCitations) {
        this.claims = claims;
        this.weights = weights;
        this.closeEnough = settings.anchoredThreshold();
        this.copyCitations = copyCitations;
    }

    private record Side(Claim claim, LinkedHashSet<Passage> passages) {
    }

    List<Conflict> write(PassageAligner.Alignment alignment) {
        var groupOf = new HashMap<Passage, List<Passage>>();
        alignment.groups().forEach(g -> g.forEach(p -> groupOf.put(p, g)));
        var conflicts = new ArrayList<Conflict>();
        for (var component : components(alignment.clashes())) {
            var sides = new ArrayList<Side>();
            component.forEach((p, c) -> side(sides, c).passages().add(p));
            var taken = new HashSet<Passage>(component.keySet());
            for (var side : sides) {
                for (var p : groupOf.keySet()) {
                    if (!taken.contains(p) && agrees(p, side)) {
                        side.passages().add(p);
                        taken.add(p);
                    }
                }
            }
            var first = sides.get(0).claim();
            var subject = sides.stream().map(s -> s.claim().subject()).filter(x -> x != null).findFirst().orElse(null);
            var measure = sides.stream().map(s -> s.claim().what()).filter(x -> x != null).findFirst()
                    .orElse(ClaimMatcher.measure(first));
            addBetweenOutlets(conflicts, new Conflict(ConflictKind.VALUE, subject, measure,
                    sides.stream().map(this::report).toList()));
        }
        for (var c : alignment.contradictions()) {
            var people = new HashSet<>(c.left().people());
            people.retainAll(c.right().people());
            var subject = people.isEmpty() ? null : people.iterator().next();
            addBetweenOutlets(conflicts, new Conflict(ConflictKind.STATEMENT, subject, null, List.of(
                    report(ReportKind.STATEMENT, List.of(c.left()), null), report(ReportKind.STATEMENT, List.of(c.right()), null))));
        }
        return conflicts;
    }

    /**
     * Adds a conflict when its sides come from at least two outlets. Two values one outlet prints in two of
     * its articles are an update or two different figures its sentences happen to frame alike ("55 seats" the
     * party holds, "41 seats" it fears), not outlets disagreeing.
     */
    private static void addBetweenOutlets(List<Conflict> conflicts, Conflict conflict) {
        long outlets = conflict.sides().stream().flatMap(side -> side.outlets().stream()).distinct().count();
        if (outlets >= 2) {
            conflicts.add(conflict);
        }
    }

    /** Whether a sentence reports a side's value in words close to one of the side's sentences. */
    private boolean agrees(Passage p, Side side) {
        return p.claims().stream().anyMatch(c -> claims.sameKind(c, side.claim()) && claims.sameValue(c, side.claim()))
                && side.passages().stream().anyMatch(s -> s.source() != p.source()
                        && weights.similarity(s.terms(), p.terms()) >= closeEnough);
    }

    /** Clashing sentences joined through their clashes, each with the claim it clashed with. */
    private static List<Map<Passage, Claim>> components(List<PassageAligner.ValueClash> clashes) {
        var components = new ArrayList<Map<Passage, Claim>>();
        for (var clash : clashes) {
            Map<Passage, Claim> joined = null;
            for (var it = components.iterator(); it.hasNext(); ) {
                var c = it.next();
                if (c.containsKey(clash.left()) || c.containsKey(clash.right())) {
                    if (joined == null) {
                        joined = c;
                    } else {
                        joined.putAll(c);
                        it.remove();
                    }
                }
            }
            if (joined == null) {
                joined = new LinkedHashMap<>();
                components.add(joined);
            }
            joined.putIfAbsent(clash.left(), clash.leftClaim());
            joined.putIfAbsent(clash.right(), clash.rightClaim());
        }
        return components;
    }

    private Side side(List<Side> sides, Claim claim) {
        for (var s : sides) {
            if (claims.sameValue(s.claim(), claim)) {
                return s;
            }
        }
        var side = new Side(claim, new LinkedHashSet<>());
        sides.add(side);
        return side;
    }

    private Report report(Side side) {
        return report(ReportKind.CLAIM, List.copyOf(side.passages()), side.claim());
    }

    private Report report(ReportKind kind, List<Passage> passages, Claim claim) {
        var citations = new ArrayList<Citation>();
        for (var p : passages) {
            citations.add(p.citation());
            citations.addAll(copyCitations.getOrDefault(p.index(), List.of()));
        }
        var outlets = citations.stream().map(Citation::outlet).distinct().toList();
        int independent = (int) passages.stream().map(Passage::articleId).distinct().count();
        return new Report(kind, passages.get(0).text(), null, null, claim, outlets, independent, citations);
    }
}

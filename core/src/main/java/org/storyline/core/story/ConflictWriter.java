package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.Citation;
import org.storyline.core.model.Conflict;
import org.storyline.core.model.ConflictKind;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;

/** Writes the aligner's disagreements as {@link Conflict}s, each pair of sides once. */
final class ConflictWriter {

    private final Map<Integer, List<Citation>> copyCitations;

    ConflictWriter(Map<Integer, List<Citation>> copyCitations) {
        this.copyCitations = copyCitations;
    }

    List<Conflict> write(PassageAligner.Alignment alignment) {
        var conflicts = new ArrayList<Conflict>();
        var seen = new HashSet<String>();
        for (var clash : alignment.clashes()) {
            var subject = clash.leftClaim().subject() != null ? clash.leftClaim().subject() : clash.rightClaim().subject();
            var measure = ClaimMatcher.measure(clash.leftClaim());
            var key = subject + "|" + measure + "|" + clash.left().articleId() + "|" + clash.right().articleId()
                    + "|" + clash.leftClaim().value() + "|" + clash.rightClaim().value();
            if (seen.add(key)) {
                conflicts.add(new Conflict(ConflictKind.VALUE, subject, measure, List.of(
                        side(ReportKind.CLAIM, clash.left(), clash.leftClaim()),
                        side(ReportKind.CLAIM, clash.right(), clash.rightClaim()))));
            }
        }
        for (var c : alignment.contradictions()) {
            var people = new HashSet<>(c.left().people());
            people.retainAll(c.right().people());
            var subject = people.isEmpty() ? null : people.iterator().next();
            conflicts.add(new Conflict(ConflictKind.STATEMENT, subject, null, List.of(
                    side(ReportKind.STATEMENT, c.left(), null), side(ReportKind.STATEMENT, c.right(), null))));
        }
        return conflicts;
    }

    private Report side(ReportKind kind, Passage p, org.storyline.core.model.Claim claim) {
        var citations = new ArrayList<Citation>();
        citations.add(p.citation());
        citations.addAll(copyCitations.getOrDefault(p.index(), List.of()));
        var outlets = citations.stream().map(Citation::outlet).distinct().toList();
        return new Report(kind, p.text(), null, null, claim, outlets, 1, citations);
    }
}

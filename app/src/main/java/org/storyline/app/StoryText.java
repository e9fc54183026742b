package org.storyline.app;

import java.io.PrintWriter;
import java.util.List;
import org.storyline.core.model.Conflict;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;

/**
 * A story for the terminal, readable at a glance: title, outlets, period and place, the cited summary,
 * who said what, then what is corroborated, conflicting and only in one outlet. Long sections are cut
 * with a count of what was left out; {@code --json} and {@code --html} carry everything.
 */
final class StoryText {

    private static final int WIDTH = 150;
    private static final int QUOTES_PER_PERSON = 3;
    private static final int PEOPLE = 8;
    private static final int REPORTS = 6;
    private static final int ONLY_IN_PER_OUTLET = 4;

    private StoryText() {
    }

    static void print(int number, StoryView s, PrintWriter out) {
        print("Story " + number, s, out);
    }

    /** @param label how the story is numbered ("Story 3", "Event 2.1") */
    static void print(String label, StoryView s, PrintWriter out) {
        out.println("\u2550\u2550 " + label + ": " + Figures.clip(s.title(), WIDTH));
        long copies = s.articles().stream().filter(a -> a.duplicateOf() != null).count();
        out.println("   " + s.outlets().size() + " outlet" + (s.outlets().size() == 1 ? "" : "s") + ": "
                + String.join(", ", s.outlets().stream().map(o -> o.name()).toList())
                + "  (" + s.articles().size() + " article" + (s.articles().size() == 1 ? "" : "s")
                + (copies == 0 ? "" : ", " + copies + " near-duplicate" + (copies == 1 ? "" : "s")) + ")");
        out.println("   " + Figures.period(s.period()) + (s.place() == null ? "" : " \u00b7 " + s.place()));
        s.notes().forEach(n -> out.println("   note: " + n));
        if (!s.summary().isEmpty()) {
            out.println("   Summary");
            s.summary().forEach(line -> out.println("     \u2022 " + Figures.clip(line.text(), WIDTH) + " " + Figures.outlets(line.outlets())));
        }
        if (!s.people().isEmpty()) {
            out.println("   Who said what");
            s.people().stream().limit(PEOPLE).forEach(p -> person(p, out));
            more(s.people().size() - PEOPLE, "person", "people", out);
        }
        reports("Corroborated by several outlets", s.corroborated(), REPORTS, out);
        if (!s.conflicts().isEmpty()) {
            out.println("   Conflicting");
            s.conflicts().forEach(c -> conflict(c, out));
        }
        if (!s.onlyIn().isEmpty()) {
            out.println("   Only in one outlet");
            for (var o : s.onlyIn()) {
                out.println("     " + o.outlet() + ":");
                o.reports().stream().limit(ONLY_IN_PER_OUTLET)
                        .forEach(r -> out.println("       \u2022 " + (r.claim() != null ? Figures.value(r.claim()) + ": " : "")
                                + Figures.clip(r.text(), WIDTH - 4)));
                more(o.reports().size() - ONLY_IN_PER_OUTLET, "item", "items", out);
            }
        }
        if (!s.timeline().isEmpty()) {
            out.println("   Timeline");
            s.timeline().stream().limit(REPORTS).forEach(e -> out.println("     " + String.format("%-10s", e.date()) + " "
                    + Figures.clip(e.text(), WIDTH - 12) + " " + Figures.outlets(e.outlets())));
            more(s.timeline().size() - REPORTS, "dated event", "dated events", out);
        }
        out.println();
    }

    private static void person(QuotedPerson p, PrintWriter out) {
        var roles = p.roles().isEmpty() ? "" : " (" + String.join("; ", p.roles()) + ")";
        roles += p.organization() ? " [organisation]" : "";
        out.println("     " + p.name() + roles + " \u2014 quoted by " + String.join(", ", p.outlets()));
        p.quotes().stream()
                .sorted(QuoteWording.MOST_TELLING)
                .limit(QUOTES_PER_PERSON)
                .forEach(q -> out.println("       " + QuoteWording.plain(q.quoteKind(), Figures.clip(q.text(), WIDTH - 20))
                        + " " + Figures.outlets(q.outlets())));
        more(p.quotes().size() - QUOTES_PER_PERSON, "quote", "quotes", out);
    }

    private static void reports(String heading, List<Report> reports, int limit, PrintWriter out) {
        if (reports.isEmpty()) {
            return;
        }
        out.println("   " + heading);
        reports.stream().limit(limit).forEach(r -> out.println("     \u2022 "
                + (r.claim() != null ? Figures.value(r.claim()) + ": " : "")
                + Figures.clip(r.text(), WIDTH - 6) + " " + Figures.outlets(r.outlets())));
        more(reports.size() - limit, "item", "items", out);
    }

    private static void conflict(Conflict c, PrintWriter out) {
        var about = c.subject() == null ? "" : c.subject() + (c.measure() == null ? "" : ", " + c.measure()) + ": ";
        out.println("     \u2022 " + about + String.join("  vs  ", c.sides().stream()
                .map(side -> (side.claim() != null ? Figures.value(side.claim()) : Figures.clip(side.text(), 70))
                        + " " + Figures.outlets(side.outlets()))
                .toList()));
    }

    private static void more(int left, String one, String many, PrintWriter out) {
        if (left > 0) {
            out.println("       \u2026 and " + left + " more " + (left == 1 ? one : many));
        }
    }
}

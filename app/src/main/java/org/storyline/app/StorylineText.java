package org.storyline.app;

import java.io.PrintWriter;
import org.storyline.core.StoryRun;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;

/**
 * A storyline for the terminal: its title, period, place and outlets, its arc, its events in time order
 * (one line each), then each event in full as {@link StoryText} prints it, numbered under the storyline
 * ("Event 2.1"). A storyline of one event shows that event alone.
 */
final class StorylineText {

    private static final int WIDTH = 150;

    private StorylineText() {
    }

    static void print(int number, StoryRun.Storyline storyline, PrintWriter out) {
        StorylineView s = storyline.view();
        if (storyline.events().size() == 1) {
            StoryText.print("Storyline " + number, storyline.events().get(0), out);
            return;
        }
        out.println("\u2550\u2550\u2550\u2550 Storyline " + number + ": " + Figures.clip(s.title(), WIDTH));
        out.println("   " + Figures.period(s.period()) + (s.place() == null ? "" : " \u00b7 " + s.place()) + " \u00b7 "
                + s.events().size() + " events \u00b7 " + s.articles() + " articles \u00b7 " + s.outlets().size()
                + " outlet" + (s.outlets().size() == 1 ? "" : "s") + ": "
                + String.join(", ", s.outlets().stream().map(o -> o.name()).toList()));
        s.notes().forEach(n -> out.println("   note: " + n));
        if (!s.summary().isEmpty()) {
            out.println("   So far");
            s.summary().forEach(line -> out.println("     \u2022 " + Figures.clip(line.text(), WIDTH) + " "
                    + Figures.outlets(line.outlets())));
        }
        out.println("   Events");
        for (int i = 0; i < s.events().size(); i++) {
            StorylineEvent e = s.events().get(i);
            out.println("     " + number + "." + (i + 1) + "  " + String.format("%-24s", Figures.period(e.period())) + " "
                    + Figures.clip(e.title(), WIDTH - 40) + "  (" + e.articles() + " article" + (e.articles() == 1 ? "" : "s")
                    + ": " + String.join(", ", e.outlets()) + ")");
        }
        out.println();
        for (int i = 0; i < storyline.events().size(); i++) {
            StoryText.print("Event " + number + "." + (i + 1), storyline.events().get(i), out);
        }
    }
}

package org.storyline.app;

import java.io.PrintWriter;

/** A one-line counter on stderr, redrawn at most a few times a second, only when stderr is a console. */
final class Progress {

    private final PrintWriter err;
    private final String label;
    private final boolean console = System.console() != null;
    private long lastDraw;

    Progress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    void show(int done) {
        long now = System.nanoTime();
        if (console && now - lastDraw > 200_000_000L) {
            err.print("\r" + label + ": " + done + " articles");
            err.flush();
            lastDraw = now;
        }
    }

    void done() {
        if (console && lastDraw != 0) {
            err.println();
        }
    }
}

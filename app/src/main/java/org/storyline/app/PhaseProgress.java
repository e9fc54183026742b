package org.storyline.app;

import java.io.PrintWriter;

/**
 * Progress of a run through its phases (read, analyse, assemble) on stderr. On a terminal one line is
 * redrawn in place; otherwise a plain line marks each phase's start and end, so logs stay short.
 */
final class PhaseProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean console;
    private String phase = "";
    private boolean drawn;

    PhaseProgress(PrintWriter err, boolean console) {
        this.err = err;
        this.console = console;
    }

    void update(String name, int done, int total) {
        if (console) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r" + String.format("%-9s", name) + "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + done + "/" + total + " " + unit(name) + "   ");
            drawn = true;
        } else if (!name.equals(phase) || (done == total && total > 0)) {
            err.println("storyline: " + name + " " + done + "/" + total + " " + unit(name));
        }
        phase = name;
        err.flush();
    }

    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private static String unit(String phase) {
        return switch (phase) {
            case "read" -> "files";
            case "analyse" -> "articles";
            default -> "stories";
        };
    }
}

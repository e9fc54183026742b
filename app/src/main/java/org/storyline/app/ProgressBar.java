package org.storyline.app;

import java.io.PrintWriter;

/**
 * Progress over input files on stderr. On a terminal it redraws one line in place; when stderr is a
 * file or pipe it writes a plain line every tenth of the way, and only for runs long enough to need it.
 * When the articles themselves scroll past on the same terminal they are the progress, and it stays quiet.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    /** Fewer files than this finish before a progress line would be worth reading. */
    static final int MANY_FILES = 50;

    private final PrintWriter err;
    private final boolean inPlace;
    private final boolean quiet;
    private int lastTenth = -1;
    private boolean drawn;

    /** A bar that draws in place when {@code console} (stderr is a terminal) and the articles go elsewhere. */
    ProgressBar(PrintWriter err, boolean console) {
        this(err, new Terminal(false, console), true);
    }

    /**
     * @param terminal         which streams are on screen
     * @param articlesToStdout whether the articles are written to standard output
     */
    ProgressBar(PrintWriter err, Terminal terminal, boolean articlesToStdout) {
        this.err = err;
        this.quiet = articlesToStdout && terminal.stdout();
        this.inPlace = terminal.stderr();
    }

    void update(int done, int total) {
        if (quiet || total == 0 || !(inPlace || total >= MANY_FILES)) {
            return;
        }
        if (inPlace) {
            int filled = done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
            drawn = true;
        } else {
            int tenth = done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println("storyline: " + done + "/" + total + " files (" + tenth * 10 + "%)");
            }
        }
        err.flush();
    }

    /** Whether stderr is a terminal, where a bar can be redrawn in place. */
    static boolean stderrIsConsole() {
        return Terminal.detect().stderr();
    }

    /** Ends the in-place line, so the summary starts on a fresh one. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}

package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress over input files on stderr. On a terminal it redraws one line in place; when stderr is a
 * file or pipe it writes a plain line every tenth of the way, and only for runs long enough to need it.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    /** Fewer files than this finish before a progress line would be worth reading. */
    static final int MANY_FILES = 50;

    private final PrintWriter err;
    private final boolean console;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean console) {
        this.err = err;
        this.console = console;
    }

    void update(int done, int total) {
        if (total == 0 || !(console || total >= MANY_FILES)) {
            return;
        }
        if (console) {
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

    /**
     * Whether stderr is a terminal. Java 17 can only say whether the process has a console (stdin and
     * stdout both terminals), which is false for {@code storyline extract ... > out.jsonl} even though the
     * bar would be seen; on Linux, where stderr's descriptor points says it directly.
     */
    static boolean stderrIsConsole() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
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

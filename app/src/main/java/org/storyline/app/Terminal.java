package org.storyline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of the standard streams a person is watching. Java 17 can only say whether the process has a
 * console (stdin and stdout both terminals), which is false for {@code storyline extract ... > out.jsonl}
 * even though stderr is still on screen; on Linux, where each descriptor points says it directly.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 */
record Terminal(boolean stdout, boolean stderr) {

    /** Neither stream on a terminal: output for files and pipes only (tests, scripts). */
    static final Terminal NONE = new Terminal(false, false);

    static Terminal detect() {
        boolean console = System.console() != null;
        return new Terminal(isTerminal(1, console), isTerminal(2, console));
    }

    private static boolean isTerminal(int descriptor, boolean fallback) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback;
        }
    }
}

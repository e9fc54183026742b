package org.storyline.core.ingest;

import java.util.Locale;

/** Byte counts as people read them in a report. */
final class Sizes {

    private Sizes() {
    }

    static String inWords(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}

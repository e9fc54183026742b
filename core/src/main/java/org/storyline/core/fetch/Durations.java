package org.storyline.core.fetch;

import java.time.Duration;

/** Durations as people write them in reports: {@code 250 ms}, {@code 3 s}, {@code 10 min}. */
final class Durations {

    private Durations() {
    }

    static String inWords(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 120_000) {
            return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return d.toMinutes() + " min";
    }
}

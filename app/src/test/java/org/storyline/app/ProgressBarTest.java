package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter err = new StringWriter();

    @Test
    void staysQuietForShortRunsOffTheConsole() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false);
        for (int i = 0; i <= 10; i++) {
            bar.update(i, 10);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesALineEveryTenthForLongRunsOffTheConsole() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false);
        for (int i = 0; i <= 200; i++) {
            bar.update(i, 200);
        }
        assertThat(err.toString().lines()).hasSize(11).last().isEqualTo("storyline: 200/200 files (100%)");
    }

    @Test
    void redrawsOneLineOnTheConsole() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true);
        bar.update(1, 2);
        bar.update(2, 2);
        bar.finish();
        assertThat(err.toString()).contains("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 files").endsWith("] 2/2 files" + System.lineSeparator());
    }
}

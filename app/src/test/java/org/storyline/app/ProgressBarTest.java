package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter err = new StringWriter();

    private void run(ProgressBar bar, int total) {
        for (int i = 0; i <= total; i++) {
            bar.update(i, total);
        }
        bar.finish();
    }

    @Test
    void staysQuietForShortRunsOffTheTerminal() {
        run(new ProgressBar(new PrintWriter(err), Terminal.NONE, true), 10);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesALineEveryTenthForLongRunsOffTheTerminal() {
        run(new ProgressBar(new PrintWriter(err), Terminal.NONE, true), 200);
        assertThat(err.toString().lines()).hasSize(11).last().isEqualTo("storyline: 200/200 files (100%)");
    }

    @Test
    void redrawsOneLineOnTheTerminalWhenArticlesGoElsewhere() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err), new Terminal(false, true), true);
        bar.update(1, 2);
        bar.update(2, 2);
        bar.finish();
        assertThat(err.toString()).contains("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 files")
                .endsWith("] 2/2 files" + System.lineSeparator());
    }

    @Test
    void staysQuietWhenArticlesScrollOnTheSameTerminal() {
        run(new ProgressBar(new PrintWriter(err), new Terminal(true, true), true), 200);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsWhenArticlesGoToAFileThoughStdoutIsATerminal() {
        run(new ProgressBar(new PrintWriter(err), new Terminal(true, true), false), 3);
        assertThat(err.toString()).contains("] 3/3 files");
    }
}

package de.lotse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void aLineEveryFivePercentAndNoneTwice() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), percent -> "Import: " + percent + " %");

        for (long done = 0; done <= 1_000; done++) {
            progress.report(done, 1_000);
        }
        progress.report(1_000, 1_000);

        String[] lines = err.toString().split(System.lineSeparator());
        assertThat(lines).hasSize(20).startsWith("Import: 5 %", "Import: 10 %").endsWith("Import: 100 %");
    }

    @Test
    void aJumpGivesOneLineAndNothingToMeasureGivesNone() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), percent -> percent + "%");

        progress.report(0, 0);
        progress.report(3, 10);
        progress.report(2, 10);
        progress.report(10, 10);

        assertThat(err.toString().split(System.lineSeparator())).containsExactly("30%", "100%");
    }
}

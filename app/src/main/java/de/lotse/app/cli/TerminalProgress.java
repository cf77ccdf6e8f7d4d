package de.lotse.app.cli;

import de.lotse.core.task.Progress;
import java.io.PrintWriter;
import java.util.function.IntFunction;

/**
 * The progress of a long command for a person at a terminal: a line each time the work has come
 * another {@value #EVERY} percent (5, 10, … 100), so a long import is seen to move without a flood
 * of lines. Never cancels: Ctrl+C ends the process, and an uncommitted transaction with it.
 */
final class TerminalProgress implements Progress {

    static final int EVERY = 5;

    private final PrintWriter err;
    private final IntFunction<String> line;
    private int shown;

    /** {@code line} makes the text for a percentage. */
    TerminalProgress(PrintWriter err, IntFunction<String> line) {
        this.err = err;
        this.line = line;
    }

    @Override
    public void report(long done, long total) {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.clamp((double) done * 100 / total, 0, 100);
        int step = percent / EVERY * EVERY;
        if (step > shown) {
            shown = step;
            err.println(line.apply(step));
            err.flush();
        }
    }
}

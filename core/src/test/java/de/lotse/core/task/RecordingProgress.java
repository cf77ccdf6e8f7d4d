package de.lotse.core.task;

import java.util.ArrayList;
import java.util.List;

/** Keeps every report, and cancels, as a person would, once the work has reported a given number of times. */
public final class RecordingProgress implements Progress {

    /** One report. */
    public record Report(long done, long total) { }

    private final List<Report> reports = new ArrayList<>();
    private final int cancelAfter;

    private RecordingProgress(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    /** Records and never cancels. */
    public static RecordingProgress recording() {
        return new RecordingProgress(Integer.MAX_VALUE);
    }

    /** Cancels once {@code reports} reports have come. */
    public static RecordingProgress cancellingAfter(int reports) {
        return new RecordingProgress(reports);
    }

    @Override
    public void report(long done, long total) {
        reports.add(new Report(done, total));
    }

    @Override
    public boolean isCancelled() {
        return reports.size() >= cancelAfter;
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    /** The reports as fractions of their totals. */
    public List<Double> fractions() {
        return reports.stream().map(r -> r.total() == 0 ? 1.0 : (double) r.done() / r.total()).toList();
    }
}

package de.lotse.core.task;

/**
 * How far a long piece of work has come, and whether the person asked it to stop. Long engines
 * (the duplicate scan, the import, sync) take one: they {@link #report} as they go, as often as is
 * handy (a screen or a terminal thins the reports out), and call {@link #stopIfCancelled()} at the
 * points where stopping leaves nothing half done. Work that does not stop (sync applies what it
 * has read) simply never asks.
 *
 * <p>Reports of one piece of work never go back, and work that did all it set out to do reports
 * {@code (total, total)} last; a piece of work made of phases gives each phase a {@link #part} of
 * one scale, so the bar runs once from start to end. Called from the working thread.
 */
@FunctionalInterface
public interface Progress {

    /** For callers that show nothing and never cancel. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are done ({@code 0 <= done <= total}). */
    void report(long done, long total);

    /** Whether the person asked the work to stop; read from the working thread. */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Ends the work with a {@link CancelledException} when the person asked it to stop. Thrown inside
     * the store's transaction it rolls the transaction back, so a cancelled write leaves nothing behind.
     */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * This progress as one phase of a longer work sees it: the phase's own {@code done} of {@code total}
     * fills the steps from {@code from} to {@code to} of {@code whole}; cancelling is this progress's.
     */
    default Progress part(long from, long to, long whole) {
        if (from < 0 || from > to || to > whole) {
            throw new IllegalArgumentException("part " + from + ".." + to + " of " + whole);
        }
        Progress outer = this;
        return new Progress() {
            @Override
            public void report(long done, long total) {
                double share = total <= 0 ? 1 : Math.clamp((double) done / total, 0, 1);
                outer.report(from + Math.round((to - from) * share), whole);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}

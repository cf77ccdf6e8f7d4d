package de.lotse.core.sync;

/** Told how far a long sync has come, for a progress bar. */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} changes are applied; called from the syncing thread. */
    void changesApplied(long done, long total);
}

package de.lotse.core.sync;

import java.util.List;

/**
 * What one sync did: how many changes it exported and imported, which files it skipped and why,
 * and how many conflicts are open after it.
 */
public record SyncReport(int exported, int imported, List<Skipped> skipped, int conflictsOpen) {

    public SyncReport {
        skipped = List.copyOf(skipped);
    }

    /** A file on the share that was not applied this time; it is tried again at the next sync. */
    public record Skipped(String file, SkipReason reason, String detail) { }
}

package de.lotse.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a person sees of sync at a glance.
 *
 * @param share the share this device joined, empty when it joined none
 * @param deviceName this device's name in the realm
 * @param lastSync the end of the last sync that finished
 * @param changesWaiting local changes not yet exported
 * @param conflictsOpen conflicts nobody resolved yet
 * @param suspectClocks names of devices whose clock ran too far ahead
 */
public record SyncStatus(Optional<String> share, String deviceName, Optional<Instant> lastSync,
        long changesWaiting, int conflictsOpen, List<String> suspectClocks) {

    public SyncStatus {
        suspectClocks = List.copyOf(suspectClocks);
    }

    public boolean joined() {
        return share.isPresent();
    }
}

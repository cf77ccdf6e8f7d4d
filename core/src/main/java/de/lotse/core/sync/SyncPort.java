package de.lotse.core.sync;

import de.lotse.core.task.Progress;
import java.nio.file.Path;
import java.util.List;

/**
 * What the program asks of sync: set up or join the office's realm on a share, run a sync, show
 * its state, and list and resolve conflicts. Implemented over the local database and a share.
 */
public interface SyncPort {

    /** The state for the status bar; cheap, reads only the local database. */
    SyncStatus status();

    /** Creates the office's realm in {@code share} and makes this device its first member. */
    void createRealm(Path share, char[] passphrase, String deviceName) throws SyncRefusedException;

    /** Makes this device a member of the realm found in {@code share}. */
    void join(Path share, char[] passphrase, String deviceName) throws SyncRefusedException;

    /**
     * Exports this device's changes and imports everybody else's; never throws for a bad file.
     * Tells {@code progress} how many of the waiting batch files are applied; a sync is not
     * cancelled (it runs to its end, each batch applied whole), so it never asks.
     */
    SyncReport sync(Progress progress) throws SyncRefusedException;

    /** The conflicts a person still has to resolve, in a stable order. */
    List<Conflict> openConflicts();

    /** Resolves one conflict; the resolution is a change like any edit and syncs to every device. */
    void resolve(String conflictId, Resolution resolution) throws SyncRefusedException;
}

package de.lotse.app.sync;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncProgress;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * TEMPORARY stand-in until the real sync of the persistence module is wired in
 * {@code AppContext}: this device has joined no realm, and every sync action is refused with
 * {@link SyncRefusedException.Reason#NOT_JOINED}. Delete it once the real {@link SyncPort} exists.
 */
public final class NoSyncYet implements SyncPort {

    private static final String DETAIL = "sync is not built into this version yet";

    private final String deviceName;

    public NoSyncYet(String deviceName) {
        this.deviceName = deviceName;
    }

    @Override
    public SyncStatus status() {
        return new SyncStatus(Optional.empty(), deviceName, Optional.empty(), 0, 0, List.of());
    }

    @Override
    public void createRealm(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
        Arrays.fill(passphrase, '\0');
        throw new SyncRefusedException(SyncRefusedException.Reason.NOT_JOINED, DETAIL);
    }

    @Override
    public void join(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
        Arrays.fill(passphrase, '\0');
        throw new SyncRefusedException(SyncRefusedException.Reason.NOT_JOINED, DETAIL);
    }

    @Override
    public SyncReport sync(SyncProgress progress) throws SyncRefusedException {
        throw new SyncRefusedException(SyncRefusedException.Reason.NOT_JOINED, DETAIL);
    }

    @Override
    public List<Conflict> openConflicts() {
        return List.of();
    }

    @Override
    public void resolve(String conflictId, Resolution resolution) throws SyncRefusedException {
        throw new SyncRefusedException(SyncRefusedException.Reason.NOT_JOINED, DETAIL);
    }
}

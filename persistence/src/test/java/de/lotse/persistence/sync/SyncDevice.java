package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.share.FolderShare;
import de.lotse.core.sync.share.Share;
import de.lotse.core.task.Progress;
import de.lotse.persistence.Database;
import de.lotse.persistence.Store;
import de.lotse.persistence.jooq.tables.records.PersonRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A device for sync tests: a real database in its own folder, syncing through a real folder. */
final class SyncDevice implements AutoCloseable {

    static final char[] PASSPHRASE = "Rathaus-Hagen-2026".toCharArray();

    /** Every test device's file key; each device has its own in real use, which sync does not see. */
    static final byte[] FILE_KEY = new byte[32];

    final Path dataDir;
    final Store store;
    final ShareSync sync;

    SyncDevice(Path dataDir, Clock clock, SyncHook hook) {
        this(dataDir, clock, FolderShare::new, hook);
    }

    /** With the share made by {@code shares}, e.g. a {@link FolderShare} with a write hook. */
    SyncDevice(Path dataDir, Clock clock, Function<Path, Share> shares, SyncHook hook) {
        this.dataDir = dataDir;
        this.store = Store.open(Database.open(dataDir, FILE_KEY), clock);
        this.sync = new ShareSync(store, clock, shares, hook);
    }

    SyncDevice(Path dataDir) {
        this(dataDir, Clock.systemUTC(), SyncHook.NONE);
    }

    static SyncDevice founder(Path dataDir, Path share) throws SyncRefusedException {
        SyncDevice device = new SyncDevice(dataDir);
        device.sync.createRealm(share, PASSPHRASE.clone(), "Rathaus 1");
        return device;
    }

    static SyncDevice member(Path dataDir, Path share, String name) throws SyncRefusedException {
        SyncDevice device = new SyncDevice(dataDir);
        device.sync.join(share, PASSPHRASE.clone(), name);
        return device;
    }

    SyncReport sync() throws SyncRefusedException {
        return sync.sync(Progress.NONE);
    }

    UUID addPerson(String family, String given) {
        UUID id = UUID.randomUUID();
        var record = new PersonRecord();
        record.setId(id);
        record.setFamilyName(family);
        record.setGivenName(given);
        record.setSex("FEMALE");
        record.setInterpreterNeeded(false);
        record.setCreatedAt(OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        store.writeAll(w -> w.insert(record));
        return id;
    }

    void setPerson(UUID id, Map<org.jooq.TableField<PersonRecord, ?>, Object> values) {
        store.writeAll(w -> w.update(PERSON, id, values));
    }

    PersonRecord person(UUID id) {
        return store.read(dsl -> dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne());
    }

    @Override
    public void close() {
        store.database().close();
    }
}

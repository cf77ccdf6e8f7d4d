package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.SYNC_CURSOR;
import static de.lotse.persistence.jooq.Tables.SYNC_DEVICE;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;

import de.lotse.core.clock.Stamp;
import de.lotse.core.sync.Change;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException.Reason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import de.lotse.core.sync.crypto.DeviceFile;
import de.lotse.core.sync.crypto.DeviceKeys;
import de.lotse.core.sync.crypto.Envelope;
import de.lotse.core.sync.crypto.EnvelopeException;
import de.lotse.core.sync.crypto.NewerFormatException;
import de.lotse.core.sync.crypto.RealmFile;
import de.lotse.core.sync.crypto.RealmKeys;
import de.lotse.core.sync.crypto.WrongPassphraseException;
import de.lotse.core.sync.share.FolderShare;
import de.lotse.core.sync.share.Share;
import de.lotse.core.task.Progress;
import de.lotse.persistence.Database;
import de.lotse.persistence.Store;
import de.lotse.persistence.SyncedTables;
import de.lotse.persistence.jooq.tables.records.SyncRealmRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sync through a shared folder: each device writes its changes as signed, encrypted, numbered
 * batch files into its own folder on the share and applies every other device's batches in order.
 * See {@code shared/SYNC.md} for the invariants this keeps.
 */
public final class ShareSync implements SyncPort {

    private static final Logger LOG = LoggerFactory.getLogger(ShareSync.class);

    static final String REALM_FILE = "REALM.json";
    static final int MAX_BATCH_CHANGES = 20_000;
    static final Pattern BATCH_NAME = Pattern.compile("(\\d{12})\\.batch");

    private final Store store;
    private final Clock wall;
    private final Function<Path, Share> shares;
    private final SyncHook hook;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final SyncJson json = new SyncJson(mapper);
    private final Conflicts conflicts = new Conflicts(json);
    private final SyncLedger ledger = new SyncLedger(json, new ColumnValues(json), conflicts);
    private final Snapshots snapshots;

    public ShareSync(Store store, Clock wall) {
        this(store, wall, FolderShare::new, SyncHook.NONE);
    }

    public ShareSync(Store store, Clock wall, Function<Path, Share> shares, SyncHook hook) {
        this.store = store;
        this.wall = wall;
        this.shares = shares;
        this.hook = hook;
        this.snapshots = new Snapshots(store, mapper, json, ledger, conflicts);
    }

    // ---------------------------------------------------------------- status

    @Override
    public SyncStatus status() {
        return store.read(dsl -> {
            SyncRealmRecord realm = dsl.selectFrom(SYNC_REALM).fetchOne();
            long exported = realm == null ? 0 : realm.getExportedSeq();
            long waiting = dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.SEQ.gt(exported));
            List<String> suspect = dsl.select(SYNC_DEVICE.NAME).from(SYNC_DEVICE).where(SYNC_DEVICE.CLOCK_SUSPECT)
                    .orderBy(SYNC_DEVICE.NAME).fetch(SYNC_DEVICE.NAME);
            return new SyncStatus(Optional.ofNullable(realm).map(SyncRealmRecord::getSharePath),
                    realm == null ? "" : realm.getDeviceName(),
                    Optional.ofNullable(realm).map(SyncRealmRecord::getLastSync).map(OffsetDateTime::toInstant),
                    waiting, conflicts.count(dsl), suspect);
        });
    }

    // ---------------------------------------------------------------- set-up

    @Override
    public synchronized void createRealm(Path folder, char[] passphrase, String deviceName) throws SyncRefusedException {
        requireNotJoined();
        Share share = reachable(folder);
        try {
            if (share.read(REALM_FILE).isPresent()) {
                throw new SyncRefusedException(Reason.REALM_EXISTS, null);
            }
            RealmFile.Created created = RealmFile.createWithKeys(UUID.randomUUID(), passphrase, wall.instant());
            if (!share.writeNew(REALM_FILE, created.realm().toJson())) {
                throw new SyncRefusedException(Reason.REALM_EXISTS, null);
            }
            become(share, folder, created.realm(), created.keys(), deviceName);
            // the first device has nothing to start from
            store.exclusively(tx -> tx.update(SYNC_REALM).set(SYNC_REALM.BOOTSTRAP_DUE, false).execute());
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    public synchronized void join(Path folder, char[] passphrase, String deviceName) throws SyncRefusedException {
        requireNotJoined();
        Share share = reachable(folder);
        try {
            RealmFile realm = readRealm(share);
            RealmKeys keys;
            try {
                keys = realm.keys(passphrase);
            } catch (WrongPassphraseException e) {
                throw new SyncRefusedException(Reason.WRONG_PASSPHRASE, null);
            }
            become(share, folder, realm, keys, deviceName);
            snapshots.bootstrap(share, membership(), readDevices(share, keys), hook);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private void become(Share share, Path folder, RealmFile realm, RealmKeys keys, String deviceName)
            throws IOException, SyncRefusedException {
        UUID me = store.device().id();
        if (share.read(devicePath(me)).isPresent() || !share.list("log/" + me).isEmpty()) {
            // this device id is on the share already: a clone, or a device restored from an old backup
            throw new SyncRefusedException(Reason.CLONED_OR_RESTORED, null);
        }
        KeyPair pair = DeviceKeys.generate();
        DeviceFile file = DeviceFile.signed(me, deviceName, store.device().code(), pair.getPublic(), wall.instant(),
                false, keys);
        store.exclusively(tx -> {
            tx.insertInto(SYNC_REALM)
                    .set(SYNC_REALM.ID, 1)
                    .set(SYNC_REALM.REALM_ID, realm.realmId())
                    .set(SYNC_REALM.SHARE_PATH, folder.toAbsolutePath().toString())
                    .set(SYNC_REALM.DEVICE_NAME, deviceName)
                    .set(SYNC_REALM.BODY_KEY, keys.bodyKey())
                    .set(SYNC_REALM.MAC_KEY, keys.macKey())
                    .set(SYNC_REALM.KEY_ID, keys.keyId())
                    .set(SYNC_REALM.PRIVATE_KEY, DeviceKeys.encodePrivate(pair.getPrivate()))
                    .execute();
            // Kept with the membership, so that sync can write the device file again if a crash
            // stops the join before it is on the share (see publishSelf).
            return tx.insertInto(SYNC_DEVICE).set(SYNC_DEVICE.DEVICE_ID, me).set(SYNC_DEVICE.NAME, deviceName)
                    .set(SYNC_DEVICE.CODE, store.device().code())
                    .set(SYNC_DEVICE.PUBLIC_KEY, DeviceKeys.encodePublic(pair.getPublic())).execute();
        });
        if (!share.writeNew(devicePath(me), file.toJson())) {
            throw new SyncRefusedException(Reason.CLONED_OR_RESTORED, null);
        }
        LOG.info("Joined realm {} as device {}", realm.realmId(), me);
    }

    /**
     * For a device refused as cloned or restored: it goes on under a new identity (a new device of
     * the realm), and what its old identity exported beyond this database is imported like another
     * device's changes, so nothing written under either is lost. Needs the realm's passphrase.
     * Lotse must be started again before the next sync or write.
     */
    public synchronized void rejoin(char[] passphrase, String deviceName) throws SyncRefusedException {
        Membership member = membership();
        Share share = reachable(Path.of(member.sharePath()));
        try {
            RealmFile realm = readRealm(share);
            if (!realm.realmId().equals(member.realm())) {
                throw new SyncRefusedException(Reason.OTHER_REALM, null);
            }
            RealmKeys keys;
            try {
                keys = realm.keys(passphrase);
            } catch (WrongPassphraseException e) {
                throw new SyncRefusedException(Reason.WRONG_PASSPHRASE, null);
            }
            UUID old = store.device().id();
            KeyPair pair = DeviceKeys.generate();
            var renewed = store.renewDeviceIdentity(wall, (tx, identity) -> {
                // the old identity's own batches up to here are this database's; later ones are news
                tx.insertInto(SYNC_CURSOR).set(SYNC_CURSOR.DEVICE_ID, old).set(SYNC_CURSOR.SEQ, member.batchSeq())
                        .set(SYNC_CURSOR.HASH, member.batchHash())
                        .onDuplicateKeyUpdate().set(SYNC_CURSOR.SEQ, member.batchSeq())
                        .set(SYNC_CURSOR.HASH, member.batchHash()).execute();
                tx.insertInto(SYNC_DEVICE).set(SYNC_DEVICE.DEVICE_ID, identity.id()).set(SYNC_DEVICE.NAME, deviceName)
                        .set(SYNC_DEVICE.CODE, identity.code())
                        .set(SYNC_DEVICE.PUBLIC_KEY, DeviceKeys.encodePublic(pair.getPublic())).execute();
                tx.update(SYNC_REALM).set(SYNC_REALM.DEVICE_NAME, deviceName)
                        .set(SYNC_REALM.PRIVATE_KEY, DeviceKeys.encodePrivate(pair.getPrivate()))
                        .set(SYNC_REALM.BATCH_SEQ, 0L).set(SYNC_REALM.BATCH_HASH, "")
                        .setNull(SYNC_REALM.PENDING_SEQ).setNull(SYNC_REALM.PENDING_HASH).setNull(SYNC_REALM.PENDING_LAST)
                        .execute();
                return identity;
            });
            DeviceFile file = DeviceFile.signed(renewed.id(), deviceName, renewed.code(), pair.getPublic(),
                    wall.instant(), false, keys);
            share.writeNew(devicePath(renewed.id()), file.toJson());
            LOG.info("Device {} goes on as device {}", old, renewed.id());
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private void requireNotJoined() throws SyncRefusedException {
        if (store.read(dsl -> dsl.fetchExists(SYNC_REALM))) {
            throw new SyncRefusedException(Reason.REALM_EXISTS, "this device is a member of a realm already");
        }
    }

    // ---------------------------------------------------------------- sync

    @Override
    public SyncReport sync(Progress progress) throws SyncRefusedException {
        return sync(null, progress);
    }

    /**
     * Syncs through {@code folder} (the same share reached by another path, say another drive
     * letter) or, when {@code null}, through the share this device joined. Another realm's share
     * is refused.
     */
    public synchronized SyncReport sync(Path folder, Progress progress) throws SyncRefusedException {
        Membership member = membership();
        Share share = reachable(folder != null ? folder : Path.of(member.sharePath()));
        try {
            RealmFile realm = readRealm(share);
            if (!realm.realmId().equals(member.realm())) {
                throw new SyncRefusedException(Reason.OTHER_REALM, null);
            }
            Map<UUID, DeviceFile> devices = readDevices(share, member.keys());
            DeviceFile self = devices.get(store.device().id());
            if (self != null && self.retired()) {
                throw new SyncRefusedException(Reason.RETIRED, null);
            }
            if (self == null) {
                publishSelf(share, member);
            }
            if (store.read(dsl -> dsl.select(SYNC_REALM.BOOTSTRAP_DUE).from(SYNC_REALM).fetchOne(SYNC_REALM.BOOTSTRAP_DUE))) {
                snapshots.bootstrap(share, member, devices, hook); // a join that a crash cut short
            }
            int exported = export(share, member);
            List<SyncReport.Skipped> skipped = new ArrayList<>();
            int imported = importAll(share, membership(), devices, skipped, progress);
            writeHead(share, membership());
            if (share instanceof FolderShare onDisk) {
                // what writes cut short (here or on any device) left in tmp/ a day ago or more
                onDisk.removeStaleTemporaries(wall.instant().minus(Duration.ofDays(1)));
            }
            store.exclusively(tx -> tx.update(SYNC_REALM).set(SYNC_REALM.LAST_SYNC, OffsetDateTime.now(wall))
                    .execute());
            int open = store.read(conflicts::count);
            LOG.info("Sync: {} exported, {} imported, {} skipped, {} conflicts open", exported, imported,
                    skipped.size(), open);
            return new SyncReport(exported, imported, skipped, open);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * Writes this device's file on the share when it is missing: a join killed between storing the
     * membership and writing the file, or a file gone from the share. Without it the others skip
     * every batch of this device as UNKNOWN_DEVICE, and its changes never reach them.
     */
    private void publishSelf(Share share, Membership member) throws IOException {
        UUID me = store.device().id();
        var row = store.read(dsl -> dsl.selectFrom(SYNC_DEVICE).where(SYNC_DEVICE.DEVICE_ID.eq(me)).fetchOne());
        if (row == null) {
            LOG.warn("Device file of this device is missing on the share and its key is not known here");
            return;
        }
        DeviceFile file = DeviceFile.signed(me, member.deviceName(), row.getCode(),
                DeviceKeys.decodePublic(row.getPublicKey()), wall.instant(), false, member.keys());
        if (share.writeNew(devicePath(me), file.toJson())) {
            LOG.info("Device file of this device written again");
        }
    }

    private Map<UUID, DeviceFile> readDevices(Share share, RealmKeys keys) throws IOException {
        Map<UUID, DeviceFile> devices = new TreeMap<>();
        for (String name : share.list("devices")) {
            if (!name.endsWith(".json")) {
                continue;
            }
            try {
                DeviceFile file = DeviceFile.fromJson(share.read("devices/" + name).orElseThrow());
                if (file.authentic(keys) && name.equals(file.deviceId() + ".json")) {
                    devices.put(file.deviceId(), file);
                }
            } catch (RuntimeException e) {
                LOG.warn("Device file {} is not readable; its device stays unknown", name);
            }
        }
        // a retirement is a file of its own, written by whoever retired the device
        for (String name : share.list("retired")) {
            try {
                DeviceFile file = DeviceFile.fromJson(share.read("retired/" + name).orElseThrow());
                if (file.authentic(keys) && file.retired() && devices.containsKey(file.deviceId())) {
                    devices.put(file.deviceId(), file);
                }
            } catch (RuntimeException e) {
                LOG.warn("Retirement file {} is not readable; it is ignored", name);
            }
        }
        // a device's key is pinned when first seen: a passphrase holder who swaps a device file's
        // key cannot sign batches in that device's name
        Map<UUID, String> pinned = store.read(dsl -> {
            Map<UUID, String> known = new HashMap<>();
            dsl.selectFrom(SYNC_DEVICE).forEach(d -> known.put(d.getDeviceId(), d.getPublicKey()));
            return known;
        });
        devices.values().removeIf(d -> {
            String known = pinned.get(d.deviceId());
            boolean swapped = known != null && !known.equals(DeviceKeys.encodePublic(d.publicKey()));
            if (swapped) {
                LOG.warn("Device file of {} carries another key than first seen; the device is not trusted", d.deviceId());
            }
            return swapped;
        });
        store.exclusively(tx -> {
            devices.values().forEach(d -> tx.insertInto(SYNC_DEVICE)
                    .set(SYNC_DEVICE.DEVICE_ID, d.deviceId()).set(SYNC_DEVICE.NAME, d.name())
                    .set(SYNC_DEVICE.CODE, d.code()).set(SYNC_DEVICE.PUBLIC_KEY, DeviceKeys.encodePublic(d.publicKey()))
                    .set(SYNC_DEVICE.RETIRED, d.retired())
                    .onDuplicateKeyUpdate().set(SYNC_DEVICE.NAME, d.name()).set(SYNC_DEVICE.RETIRED, d.retired())
                    .execute());
            return null;
        });
        return devices;
    }

    /**
     * Retires another device of the realm (a lost or replaced laptop), named by its name or the
     * start of its id: it can no longer sync, and its files no longer hold back compaction. What
     * it exported stays. Returns the retired device's name, empty when no one device matched.
     */
    public synchronized Optional<String> retire(String device) throws SyncRefusedException {
        Membership member = membership();
        Share share = reachable(Path.of(member.sharePath()));
        try {
            List<DeviceFile> matching = readDevices(share, member.keys()).values().stream()
                    .filter(d -> !d.deviceId().equals(store.device().id()))
                    .filter(d -> d.name().equalsIgnoreCase(device) || d.deviceId().toString().startsWith(device))
                    .toList();
            if (matching.size() != 1) {
                return Optional.empty();
            }
            DeviceFile retired = matching.getFirst().retire(member.keys());
            share.writeNew("retired/" + retired.deviceId() + ".json", retired.toJson());
            readDevices(share, member.keys());
            return Optional.of(retired.name());
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    // ---------------------------------------------------------------- export

    /** Writes this device's new changes to the share; returns how many. */
    int export(Share share, Membership start) throws IOException, SyncRefusedException {
        UUID me = store.device().id();
        Membership member = settlePending(share, start);
        List<String> own = share.list("log/" + me);
        for (String name : own) {
            Matcher matcher = BATCH_NAME.matcher(name);
            long seq = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
            if (seq > member.batchSeq()) {
                if (writtenAsOwn(share, seq, member)) {
                    throw new SyncRefusedException(Reason.CLONED_OR_RESTORED, null);
                }
                // Not a batch this device (or a copy of its data) wrote under that number: a replayed
                // copy, a damaged or a foreign file. Left there it would take the number this device
                // needs next and stop its export for good; it is in this device's own folder, and
                // nobody applies it (readers check name, chain and signature), so it goes.
                LOG.warn("File {} in this device's folder is no batch of its own; it is removed", name);
                share.delete(batchPath(me, seq));
            }
        }
        int exported = 0;
        int failedWrites = 0;
        while (true) {
            Prepared prepared = store.exclusively(tx -> {
                long absorbed = ledger.absorbPending(tx);
                Membership current = membershipIn(tx);
                List<SyncLedger.Outgoing> rows = ledger.outgoing(tx, current.exported(), absorbed, MAX_BATCH_CHANGES);
                if (rows.isEmpty()) {
                    return null;
                }
                Map<UUID, Long> deps = new HashMap<>();
                tx.selectFrom(SYNC_CURSOR).forEach(c -> deps.put(c.getDeviceId(), c.getSeq()));
                BatchHeader header = new BatchHeader(BatchHeader.FORMAT, current.realm(), me, current.batchSeq() + 1,
                        current.batchHash(), rows.getFirst().stamp(), rows.getLast().stamp(), Database.LATEST_SCHEMA,
                        current.keys().keyId(), wall.millis(), rows.size(), deps);
                StringBuilder body = new StringBuilder(rows.size() * 300).append('[');
                for (SyncLedger.Outgoing row : rows) {
                    body.append(body.length() > 1 ? "," : "").append(row.wire());
                }
                byte[] file = Envelope.seal(header.toJson(mapper), body.append(']').toString()
                        .getBytes(StandardCharsets.UTF_8), current.keys(), current.privateKey());
                String hash = Envelope.sha256(file);
                tx.update(SYNC_REALM).set(SYNC_REALM.PENDING_SEQ, header.seq()).set(SYNC_REALM.PENDING_HASH, hash)
                        .set(SYNC_REALM.PENDING_LAST, rows.getLast().seq()).execute();
                return new Prepared(header.seq(), file, hash, rows.size());
            });
            if (prepared == null) {
                return exported;
            }
            hook.at("export-pending");
            String path = batchPath(me, prepared.seq());
            // false when the name is taken: maybe by this very write, which a share reported as
            // failed after it had succeeded; settling compares the file's hash and decides
            share.writeNew(path, prepared.file());
            hook.at("export-written");
            if (settlePending(share, membership()).batchSeq() == prepared.seq()) {
                exported += prepared.changes();
                failedWrites = 0;
            } else if (++failedWrites == 3) {
                throw new IOException("the share does not keep what is written to it");
            }
        }
    }

    private record Prepared(long seq, byte[] file, String hash, int changes) { }

    /**
     * Finishes an export that a crash or a bad write interrupted: a batch on the share with the
     * recorded hash counts as exported; a missing one is written again; a damaged own file is
     * removed so that it can be written again; another content under that number is a clone.
     */
    private Membership settlePending(Share share, Membership member) throws IOException, SyncRefusedException {
        if (member.pendingSeq() == null) {
            return member;
        }
        String path = batchPath(store.device().id(), member.pendingSeq());
        Optional<byte[]> onShare = share.read(path);
        if (onShare.isPresent() && Envelope.sha256(onShare.get()).equals(member.pendingHash())) {
            store.exclusively(tx -> tx.update(SYNC_REALM)
                    .set(SYNC_REALM.EXPORTED_SEQ, member.pendingLast())
                    .set(SYNC_REALM.BATCH_SEQ, member.pendingSeq())
                    .set(SYNC_REALM.BATCH_HASH, member.pendingHash())
                    .setNull(SYNC_REALM.PENDING_SEQ).setNull(SYNC_REALM.PENDING_HASH).setNull(SYNC_REALM.PENDING_LAST)
                    .execute());
            hook.at("export-settled");
            return membership();
        }
        if (onShare.isPresent() && !readableAsOwn(onShare.get(), member)) {
            LOG.warn("Own batch {} on the share is damaged; it is written again", member.pendingSeq());
            share.delete(path);
        } else if (onShare.isPresent()) {
            throw new SyncRefusedException(Reason.CLONED_OR_RESTORED, null);
        }
        store.exclusively(tx -> tx.update(SYNC_REALM).setNull(SYNC_REALM.PENDING_SEQ).setNull(SYNC_REALM.PENDING_HASH)
                .setNull(SYNC_REALM.PENDING_LAST).execute());
        return membership();
    }

    /**
     * Whether the file under this device's number {@code seq} is a batch signed with this device's
     * key that says it is that number: written by this device, or by a copy of its data folder.
     */
    private boolean writtenAsOwn(Share share, long seq, Membership member) throws IOException {
        Optional<byte[]> file = share.read(batchPath(store.device().id(), seq));
        if (file.isEmpty() || !readableAsOwn(file.get(), member)) {
            return false;
        }
        try {
            BatchHeader header = BatchHeader.fromJson(mapper, Envelope.header(file.get()));
            return header.device().equals(store.device().id()) && header.seq() == seq;
        } catch (EnvelopeException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a file passes as written by this device (then its content differing means another writer). */
    private boolean readableAsOwn(byte[] file, Membership member) {
        try {
            PublicKey own = store.read(dsl -> dsl.select(SYNC_DEVICE.PUBLIC_KEY).from(SYNC_DEVICE)
                    .where(SYNC_DEVICE.DEVICE_ID.eq(store.device().id())).fetchOptional(SYNC_DEVICE.PUBLIC_KEY))
                    .map(DeviceKeys::decodePublic).orElse(null);
            if (own == null) {
                return true;
            }
            Envelope.open(file, member.keys(), header -> Optional.of(own));
            return true;
        } catch (EnvelopeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- import

    private int importAll(Share share, Membership member, Map<UUID, DeviceFile> devices,
            List<SyncReport.Skipped> skipped, Progress progress) throws IOException {
        UUID me = store.device().id();
        Map<UUID, Cursor> cursors = cursors();
        Map<UUID, TreeMap<Long, String>> waiting = new TreeMap<>();
        for (String folder : share.list("log")) {
            UUID device = uuid(folder);
            if (device == null) {
                skipped.add(new SyncReport.Skipped("log/" + folder, SkipReason.FOREIGN_FILE, ""));
                continue;
            }
            if (device.equals(me)) {
                continue;
            }
            long applied = cursors.getOrDefault(device, Cursor.NONE).seq();
            for (String name : share.list("log/" + folder)) {
                Matcher matcher = BATCH_NAME.matcher(name);
                if (!matcher.matches()) {
                    skipped.add(new SyncReport.Skipped("log/" + folder + "/" + name, SkipReason.FOREIGN_FILE, ""));
                } else if (Long.parseLong(matcher.group(1)) > applied) {
                    waiting.computeIfAbsent(device, d -> new TreeMap<>()).put(Long.parseLong(matcher.group(1)), name);
                }
            }
        }
        long total = 0;
        for (TreeMap<Long, String> files : waiting.values()) {
            total += files.size();
        }
        int imported = 0;
        long filesDone = 0;
        Map<UUID, SyncReport.Skipped> held = new TreeMap<>();
        boolean progressed = true;
        while (progressed) {
            progressed = false;
            for (var entry : waiting.entrySet()) {
                UUID device = entry.getKey();
                TreeMap<Long, String> files = entry.getValue();
                if (files.isEmpty() || held.containsKey(device) && held.get(device).reason() != SkipReason.WAITING) {
                    continue;
                }
                Cursor cursor = cursors.getOrDefault(device, Cursor.NONE);
                long next = cursor.seq() + 1;
                String path = batchPath(device, next);
                if (!files.containsKey(next)) {
                    held.put(device, new SyncReport.Skipped(batchPath(device, files.firstKey()), SkipReason.GAP,
                            String.format("%012d", next)));
                    continue;
                }
                Outcome outcome = applyBatch(share, member, devices.get(device), device, next, cursor, cursors, path);
                if (outcome.skipped() != null) {
                    held.put(device, outcome.skipped());
                    continue;
                }
                held.remove(device);
                files.remove(next);
                cursors.put(device, outcome.cursor());
                imported += outcome.changes();
                progress.report(++filesDone, total);
                progressed = true;
            }
        }
        skipped.addAll(held.values());
        return imported;
    }

    private record Outcome(Cursor cursor, int changes, SyncReport.Skipped skipped) {

        static Outcome skip(String path, SkipReason reason, String detail) {
            return new Outcome(null, 0, new SyncReport.Skipped(path, reason, detail));
        }
    }

    private Outcome applyBatch(Share share, Membership member, DeviceFile device, UUID deviceId, long seq,
            Cursor cursor, Map<UUID, Cursor> cursors, String path) throws IOException {
        Optional<byte[]> read;
        try {
            read = share.read(path);
        } catch (IOException e) {
            return Outcome.skip(path, SkipReason.UNREADABLE, "");
        }
        if (read.isEmpty()) {
            return Outcome.skip(path, SkipReason.UNREADABLE, "");
        }
        byte[] file = read.get();
        if (device == null) {
            return Outcome.skip(path, SkipReason.UNKNOWN_DEVICE, "");
        }
        if (ofOtherRealm(file, member)) {
            // Checked before the signature, which a foreign realm's file fails as well: the person
            // should read "another realm's file", not "tampered with".
            return Outcome.skip(path, SkipReason.OTHER_REALM, "");
        }
        Envelope.Opened opened;
        try {
            opened = Envelope.open(file, member.keys(), header -> Optional.of(device.publicKey()));
        } catch (EnvelopeException e) {
            return Outcome.skip(path, e.reason(), "");
        }
        BatchHeader header;
        List<Change> changes;
        try {
            header = BatchHeader.fromJson(mapper, opened.header());
            if (header.format() > BatchHeader.FORMAT) {
                return Outcome.skip(path, SkipReason.NEWER_FORMAT, "");
            }
            changes = json.readChanges(opened.body());
        } catch (IllegalArgumentException e) {
            return Outcome.skip(path, SkipReason.CORRUPT, "");
        }
        if (!header.realm().equals(member.realm())) {
            return Outcome.skip(path, SkipReason.OTHER_REALM, "");
        }
        if (!header.device().equals(deviceId) || header.seq() != seq || !header.previous().equals(cursor.hash())
                || header.changes() != changes.size()) {
            return Outcome.skip(path, SkipReason.OUT_OF_PLACE, "");
        }
        Optional<String> unknown = changes.stream().map(Change::entity).filter(entity -> SyncedTables.of(entity).isEmpty())
                .findFirst();
        if (unknown.isPresent()) {
            // Applying the other changes would half-apply the batch, leaving these out would lose them:
            // the batch waits whole, reported, until this device runs a Lotse that knows the table.
            LOG.warn("Batch {} of device {} names table {}, which this version does not know", seq, deviceId,
                    unknown.get());
            return Outcome.skip(path, header.newerSchemaThan(Database.LATEST_SCHEMA) ? SkipReason.NEWER_FORMAT
                    : SkipReason.CANNOT_APPLY, unknown.get());
        }
        UUID me = store.device().id();
        for (var dependency : header.dependencies().entrySet()) {
            if (!dependency.getKey().equals(me)
                    && cursors.getOrDefault(dependency.getKey(), Cursor.NONE).seq() < dependency.getValue()) {
                return Outcome.skip(path, SkipReason.WAITING, "");
            }
        }
        hook.at("import-read");
        Cursor applied = new Cursor(seq, Envelope.sha256(file));
        long written = share.modified(path).orElse(Instant.ofEpochMilli(header.wallMillis())).toEpochMilli();
        boolean suspect = Math.abs(header.wallMillis() - written) > Store.MAX_CLOCK_DRIFT.toMillis();
        // When this device's own clock is far behind the share's, every other device's stamps look
        // "ahead": that is this device's fault, not theirs, so it flags nobody for it.
        boolean selfBehind = written - wall.millis() > Store.MAX_CLOCK_DRIFT.toMillis();
        try {
            store.exclusively(tx -> {
                ledger.absorbPending(tx);
                ledger.apply(tx, changes);
                conflicts.sweep(tx, ledger);
                tx.insertInto(SYNC_CURSOR).set(SYNC_CURSOR.DEVICE_ID, deviceId).set(SYNC_CURSOR.SEQ, seq)
                        .set(SYNC_CURSOR.HASH, applied.hash())
                        .onDuplicateKeyUpdate().set(SYNC_CURSOR.SEQ, seq).set(SYNC_CURSOR.HASH, applied.hash()).execute();
                boolean ahead = false;
                for (Change change : changes) {
                    ahead |= store.clock().observe(change.stamp());
                }
                if (ahead && !selfBehind || suspect) {
                    tx.update(SYNC_DEVICE).set(SYNC_DEVICE.CLOCK_SUSPECT, true).where(SYNC_DEVICE.DEVICE_ID.eq(deviceId))
                            .execute();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // rolled back whole; the file is reported and tried again, the other devices' files go on
            LOG.warn("Batch {} of device {} cannot be applied: {}", seq, deviceId, e.getClass().getSimpleName());
            return Outcome.skip(path, SkipReason.CANNOT_APPLY, "");
        }
        hook.at("import-applied");
        return new Outcome(applied, changes.size(), null);
    }

    /**
     * Whether a file's (not yet verified) header names another realm. Only used to word a skip: a
     * file whose header claims this realm is still verified before anything of it is applied.
     */
    private boolean ofOtherRealm(byte[] file, Membership member) {
        try {
            return !BatchHeader.fromJson(mapper, Envelope.header(file)).realm().equals(member.realm());
        } catch (EnvelopeException | IllegalArgumentException e) {
            return false;
        }
    }

    /** How far one other device's batches are applied. */
    record Cursor(long seq, String hash) {
        static final Cursor NONE = new Cursor(0, "");
    }

    Map<UUID, Cursor> cursors() {
        return store.read(dsl -> {
            Map<UUID, Cursor> cursors = new TreeMap<>();
            dsl.selectFrom(SYNC_CURSOR).forEach(c -> cursors.put(c.getDeviceId(), new Cursor(c.getSeq(), c.getHash())));
            return cursors;
        });
    }

    /** Tells the others how far this device has applied theirs, so that old batches can be cleared. */
    private void writeHead(Share share, Membership member) throws IOException {
        Map<UUID, Long> applied = new TreeMap<>();
        cursors().forEach((device, cursor) -> applied.put(device, cursor.seq()));
        applied.put(store.device().id(), member.batchSeq());
        var node = mapper.createObjectNode();
        node.put("device", store.device().id().toString());
        var appliedNode = node.putObject("applied");
        applied.forEach((device, seq) -> appliedNode.put(device.toString(), seq));
        byte[] content = mapper.writeValueAsBytes(node);
        node.put("mac", Base64.getEncoder().encodeToString(member.keys().mac(content)));
        share.replace("heads/" + store.device().id() + ".json", mapper.writeValueAsBytes(node));
    }

    // ---------------------------------------------------------------- snapshots and compaction

    /** Writes a snapshot of everything this device holds; returns its folder's name. */
    public synchronized String snapshot() throws SyncRefusedException {
        sync(Progress.NONE);
        Membership member = membership();
        Share share = reachable(Path.of(member.sharePath()));
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return snapshots.write(share, membership(), wall);
                } catch (Snapshots.SnapshotRaceException e) {
                    if (attempt == 3) {
                        throw unreachable(e);
                    }
                    export(share, membership());
                }
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * Removes this device's batches that every active device has applied and the newest snapshot
     * covers, and its own older snapshots; returns how many files went.
     */
    public synchronized int compact() throws SyncRefusedException {
        Membership member = membership();
        Share share = reachable(Path.of(member.sharePath()));
        try {
            return snapshots.compact(share, member, readDevices(share, member.keys()));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    // ---------------------------------------------------------------- conflicts

    @Override
    public List<Conflict> openConflicts() {
        return store.read(dsl -> {
            Map<UUID, String> names = new HashMap<>();
            dsl.selectFrom(SYNC_DEVICE).forEach(d -> names.put(d.getDeviceId(), d.getName()));
            dsl.selectFrom(SYNC_REALM).fetchOptional().ifPresent(r -> names.put(store.device().id(), r.getDeviceName()));
            List<Conflict> open = new ArrayList<>();
            for (Conflicts.Stored stored : conflicts.open(dsl)) {
                List<Conflict.Value> values = new ArrayList<>();
                for (Conflicts.StoredValue value : stored.values()) {
                    Stamp stamp = value.stamp();
                    values.add(new Conflict.Value(value.value(), stamp.device(),
                            names.getOrDefault(stamp.device(), stamp.device().toString().substring(0, 8)),
                            Instant.ofEpochMilli(stamp.millis())));
                }
                open.add(new Conflict(stored.id(), stored.kind(), stored.entity(), stored.recordId(),
                        RecordLabels.label(dsl, stored.entity(), stored.recordId()), stored.field(), values));
            }
            return open;
        });
    }

    @Override
    public synchronized void resolve(String conflictId, Resolution resolution) throws SyncRefusedException {
        new Resolver(store, wall, json, conflicts, new ColumnValues(json)).resolve(conflictId, resolution);
        store.exclusively(tx -> {
            ledger.absorbPending(tx);
            conflicts.sweep(tx, ledger);
            return null;
        });
    }

    // ---------------------------------------------------------------- membership

    /** This device's membership as stored. */
    record Membership(UUID realm, String sharePath, String deviceName, RealmKeys keys, PrivateKey privateKey,
            long absorbed, long exported, long batchSeq, String batchHash, Long pendingSeq, String pendingHash,
            Long pendingLast) { }

    Membership membership() throws SyncRefusedException {
        Membership member = store.read(ShareSync::membershipOrNull);
        if (member == null) {
            throw new SyncRefusedException(Reason.NOT_JOINED, null);
        }
        return member;
    }

    private static Membership membershipIn(DSLContext tx) {
        Membership member = membershipOrNull(tx);
        if (member == null) {
            throw new IllegalStateException("not joined");
        }
        return member;
    }

    private static Membership membershipOrNull(DSLContext dsl) {
        SyncRealmRecord r = dsl.selectFrom(SYNC_REALM).fetchOne();
        if (r == null) {
            return null;
        }
        return new Membership(r.getRealmId(), r.getSharePath(), r.getDeviceName(),
                new RealmKeys(r.getBodyKey(), r.getMacKey(), r.getKeyId()), DeviceKeys.decodePrivate(r.getPrivateKey()),
                r.getAbsorbedSeq(), r.getExportedSeq(), r.getBatchSeq(), r.getBatchHash(), r.getPendingSeq(),
                r.getPendingHash(), r.getPendingLast());
    }

    // ---------------------------------------------------------------- share helpers

    private Share reachable(Path folder) throws SyncRefusedException {
        Share share = shares.apply(folder);
        if (!share.reachable()) {
            throw new SyncRefusedException(Reason.SHARE_UNREACHABLE, null);
        }
        return share;
    }

    private static RealmFile readRealm(Share share) throws IOException, SyncRefusedException {
        byte[] bytes = share.read(REALM_FILE).orElseThrow(() -> new SyncRefusedException(Reason.NO_REALM, null));
        try {
            return RealmFile.fromJson(bytes);
        } catch (NewerFormatException e) {
            throw new SyncRefusedException(Reason.NEWER_FORMAT, null);
        } catch (IllegalArgumentException e) {
            throw new SyncRefusedException(Reason.NO_REALM, "REALM.json is not readable");
        }
    }

    private static SyncRefusedException unreachable(IOException e) {
        LOG.warn("Share not usable: {}", e.getClass().getSimpleName());
        return new SyncRefusedException(Reason.SHARE_UNREACHABLE, null);
    }

    static String devicePath(UUID device) {
        return "devices/" + device + ".json";
    }

    static String batchPath(UUID device, long seq) {
        return "log/" + device + "/" + String.format("%012d", seq) + ".batch";
    }

    private static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}

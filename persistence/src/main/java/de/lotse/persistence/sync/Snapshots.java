package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.SYNC_CURSOR;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncRefusedException.Reason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.crypto.DeviceFile;
import de.lotse.core.sync.crypto.Envelope;
import de.lotse.core.sync.crypto.EnvelopeException;
import de.lotse.core.sync.share.Share;
import de.lotse.persistence.Store;
import de.lotse.persistence.SyncedTables;
import de.lotse.persistence.sync.ShareSync.Cursor;
import de.lotse.persistence.sync.ShareSync.Membership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Snapshots: the full state of a device (every record's versions) with the frontier of batches it
 * covers, written in parts, the manifest last, so that a half-written snapshot is never taken.
 * A new device starts from the newest good one and replays what followed; old batches that every
 * device applied and a snapshot covers can then be cleared.
 */
final class Snapshots {

    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);
    private static final int RECORDS_PER_PART = 20_000;
    private static final String MANIFEST = "manifest.snap";

    private final Store store;
    private final JsonMapper mapper;
    private final SyncJson json;
    private final SyncLedger ledger;
    private final Conflicts conflicts;

    Snapshots(Store store, JsonMapper mapper, SyncJson json, SyncLedger ledger, Conflicts conflicts) {
        this.store = store;
        this.mapper = mapper;
        this.json = json;
        this.ledger = ledger;
        this.conflicts = conflicts;
    }

    /** What a snapshot holds, read under the write lock so that states and frontier agree. */
    private record Taken(List<String> lines, Map<UUID, Cursor> frontier, List<Conflicts.Stored> carried) { }

    String write(Share share, Membership member, Clock wall) throws IOException {
        UUID me = store.device().id();
        Taken taken = store.exclusively(tx -> {
            long absorbed = ledger.absorbPending(tx);
            var realm = tx.selectFrom(SYNC_REALM).fetchOne();
            if (realm.getExportedSeq() < absorbed) {
                return null; // changes made since the export: the caller exports and tries again
            }
            Map<UUID, Cursor> frontier = new TreeMap<>();
            tx.selectFrom(SYNC_CURSOR).forEach(c -> frontier.put(c.getDeviceId(), new Cursor(c.getSeq(), c.getHash())));
            frontier.put(me, new Cursor(realm.getBatchSeq(), realm.getBatchHash()));
            List<String> lines = new ArrayList<>();
            tx.select(SYNC_RECORD.ENTITY, SYNC_RECORD.RECORD_ID, SYNC_RECORD.STATE).from(SYNC_RECORD)
                    .orderBy(SYNC_RECORD.ENTITY, SYNC_RECORD.RECORD_ID)
                    .forEach(r -> lines.add(r.value1() + '\t' + r.value2() + '\t' + r.value3()));
            // conflicts no check finds again from the states alone travel with the snapshot
            List<Conflicts.Stored> carried = conflicts.open(tx).stream().filter(c -> conflicts.carried(c.kind())).toList();
            return new Taken(lines, frontier, carried);
        });
        if (taken == null) {
            throw new SnapshotRaceException();
        }
        String name = store.clock().next().encode();
        List<String> hashes = new ArrayList<>();
        for (int from = 0, part = 1; from < Math.max(1, taken.lines().size()); from += RECORDS_PER_PART, part++) {
            StringBuilder body = new StringBuilder();
            for (String line : taken.lines().subList(from, Math.min(taken.lines().size(), from + RECORDS_PER_PART))) {
                body.append(line).append('\n');
            }
            ObjectNode header = header("snapshot-part", member, name).put("part", part);
            byte[] file = Envelope.seal(mapper.writeValueAsBytes(header), body.toString().getBytes(StandardCharsets.UTF_8),
                    member.keys(), member.privateKey());
            share.writeNew(folder(name) + "/" + partName(part), file);
            hashes.add(Envelope.sha256(file));
        }
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("records", taken.lines().size());
        var parts = manifest.putArray("parts");
        hashes.forEach(parts::add);
        var carried = manifest.putArray("conflicts");
        for (Conflicts.Stored conflict : taken.carried()) {
            carried.addObject().put("id", conflict.id()).put("kind", conflict.kind()).put("entity", conflict.entity())
                    .put("record", conflict.recordId().toString()).put("field", conflict.field())
                    .put("values", json.writeVersions(conflict.values().stream()
                            .map(v -> new RecordState.Version(v.stamp(), v.value())).toList()));
        }
        ObjectNode frontier = manifest.putObject("frontier");
        taken.frontier().forEach((device, cursor) -> frontier.putObject(device.toString())
                .put("seq", cursor.seq()).put("hash", cursor.hash()));
        share.writeNew(folder(name) + "/" + MANIFEST, Envelope.seal(mapper.writeValueAsBytes(header("snapshot", member, name)),
                mapper.writeValueAsBytes(manifest), member.keys(), member.privateKey()));
        LOG.info("Snapshot {} written: {} records in {} parts", name, taken.lines().size(), hashes.size());
        return name;
    }

    private ObjectNode header(String kind, Membership member, String name) {
        return mapper.createObjectNode().put("format", 1).put("kind", kind).put("realm", member.realm().toString())
                .put("device", store.device().id().toString()).put("snapshot", name);
    }

    /** A snapshot read and checked whole: its states and the frontier they cover. */
    record Read(String name, Map<RecordKey, String> texts, Map<UUID, Cursor> frontier,
            List<Conflicts.Stored> carried) { }

    /**
     * The newest snapshot that reads and checks out whole, if any. Newest means covering the most
     * batches, not the latest name: names carry stamps, and a device whose clock runs a year ahead
     * would otherwise hold "the newest" snapshot for a year.
     */
    Optional<Read> newest(Share share, Membership member, Map<UUID, DeviceFile> devices) throws IOException {
        Map<String, Long> covered = new HashMap<>();
        for (String name : share.list("snapshots")) {
            try {
                manifest(share, member, devices, name).ifPresent(manifest -> {
                    long batches = 0;
                    for (var entry : manifest.required("frontier").properties()) {
                        batches += entry.getValue().required("seq").asLong();
                    }
                    covered.put(name, batches);
                });
            } catch (EnvelopeException | RuntimeException e) {
                LOG.warn("Snapshot {} is not usable; another one is tried", name);
            }
        }
        List<String> names = new ArrayList<>(covered.keySet());
        names.sort(Comparator.comparing((String name) -> covered.get(name)).thenComparing(Comparator.naturalOrder())
                .reversed());
        for (String name : names) {
            try {
                Optional<Read> read = read(share, member, devices, name);
                if (read.isPresent()) {
                    return read;
                }
            } catch (EnvelopeException | RuntimeException e) {
                LOG.warn("Snapshot {} is not usable; an older one is tried", name);
            }
        }
        return Optional.empty();
    }

    /** A snapshot's manifest, checked; empty while the snapshot is still being written (or was cut short). */
    private Optional<JsonNode> manifest(Share share, Membership member, Map<UUID, DeviceFile> devices, String name)
            throws IOException, EnvelopeException {
        Optional<byte[]> manifestFile = share.read(folder(name) + "/" + MANIFEST);
        if (manifestFile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mapper.readTree(open(manifestFile.get(), member, devices, name, "snapshot").body()));
    }

    private Optional<Read> read(Share share, Membership member, Map<UUID, DeviceFile> devices, String name)
            throws IOException, EnvelopeException {
        Optional<JsonNode> found = manifest(share, member, devices, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode manifest = found.get();
        // states stay text until they are taken in, slice by slice: half the memory of a large office
        Map<RecordKey, String> texts = new LinkedHashMap<>();
        List<byte[]> files = new ArrayList<>();
        int part = 1;
        for (JsonNode hash : manifest.required("parts")) {
            byte[] file = share.read(folder(name) + "/" + partName(part++)).orElseThrow();
            if (!Envelope.sha256(file).equals(hash.asString())) {
                throw new IllegalArgumentException("snapshot part does not match its manifest");
            }
            files.add(file);
        }
        // opening a part (check, decrypt, inflate) is work for a core each
        List<String> bodies;
        try {
            bodies = files.parallelStream().map(file -> {
                try {
                    return new String(open(file, member, devices, name, "snapshot-part").body(), StandardCharsets.UTF_8);
                } catch (EnvelopeException e) {
                    throw new UncheckedIOException(new IOException(e.reason().name()));
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("snapshot part not readable", e);
        }
        for (String body : bodies) {
            for (String line : body.split("\n")) {
                if (!line.isEmpty()) {
                    String[] cells = line.split("\t", 3);
                    texts.put(new RecordKey(cells[0], UUID.fromString(cells[1])), cells[2]);
                }
            }
        }
        if (texts.size() != manifest.required("records").asInt()) {
            throw new IllegalArgumentException("snapshot incomplete");
        }
        Map<UUID, Cursor> frontier = new TreeMap<>();
        manifest.required("frontier").properties().forEach(e -> frontier.put(UUID.fromString(e.getKey()),
                new Cursor(e.getValue().required("seq").asLong(), e.getValue().required("hash").asString())));
        List<Conflicts.Stored> carried = new ArrayList<>();
        for (JsonNode conflict : manifest.path("conflicts")) {
            carried.add(new Conflicts.Stored(conflict.required("id").asString(), conflict.required("kind").asString(),
                    conflict.required("entity").asString(), UUID.fromString(conflict.required("record").asString()),
                    conflict.required("field").asString(), json.readVersions(conflict.required("values").asString())
                            .stream().map(v -> new Conflicts.StoredValue(v.value(), v.stamp())).toList()));
        }
        return Optional.of(new Read(name, texts, frontier, carried));
    }

    private Envelope.Opened open(byte[] file, Membership member, Map<UUID, DeviceFile> devices, String name,
            String kind) throws EnvelopeException {
        Envelope.Opened opened = Envelope.open(file, member.keys(), header -> {
            JsonNode node = mapper.readTree(header);
            return Optional.ofNullable(devices.get(UUID.fromString(node.required("device").asString())))
                    .map(DeviceFile::publicKey);
        });
        JsonNode header = mapper.readTree(opened.header());
        if (!header.path("kind").asString("").equals(kind) || !header.path("snapshot").asString("").equals(name)
                || !header.path("realm").asString("").equals(member.realm().toString())) {
            throw new IllegalArgumentException("snapshot file out of place");
        }
        return opened;
    }

    /**
     * Makes a device that just joined hold what the newest snapshot holds; the batches after it
     * follow. Its own records (shipped templates, anything made before joining) stay and sync as
     * its changes. Done once: the mark is cleared in the same transaction.
     */
    void bootstrap(Share share, Membership member, Map<UUID, DeviceFile> devices, SyncHook hook)
            throws IOException, SyncRefusedException {
        Optional<Read> newest = newest(share, member, devices);
        if (newest.isEmpty()) {
            store.exclusively(tx -> tx.update(SYNC_REALM).set(SYNC_REALM.BOOTSTRAP_DUE, false).execute());
            return;
        }
        Read read = newest.get();
        refuseUnknownEntities(read);
        UUID me = store.device().id();
        // in slices, referred-to tables first, to keep transactions small; a crash between slices
        // leaves the mark set, and taking states in again is harmless, so the next sync finishes it
        List<RecordKey> keys = new ArrayList<>(read.texts().keySet());
        keys.sort(Comparator.comparing((RecordKey key) -> SyncedTables.declared(key.entity()).order()));
        for (int from = 0; from < keys.size(); from += RECORDS_PER_PART) {
            Map<RecordKey, RecordState> slice = new LinkedHashMap<>();
            for (RecordKey key : keys.subList(from, Math.min(keys.size(), from + RECORDS_PER_PART))) {
                slice.put(key, json.readState(read.texts().get(key)));
            }
            store.exclusively(tx -> {
                ledger.restore(tx, slice, read.texts());
                return null;
            });
        }
        store.exclusively(tx -> {
            tx.update(SYNC_REALM).set(SYNC_REALM.BOOTSTRAP_DUE, false).execute();
            conflicts.adopt(tx, read.carried());
            read.frontier().forEach((device, cursor) -> {
                if (!device.equals(me)) {
                    tx.insertInto(SYNC_CURSOR).set(SYNC_CURSOR.DEVICE_ID, device).set(SYNC_CURSOR.SEQ, cursor.seq())
                            .set(SYNC_CURSOR.HASH, cursor.hash())
                            .onDuplicateKeyUpdate().set(SYNC_CURSOR.SEQ, cursor.seq()).set(SYNC_CURSOR.HASH, cursor.hash())
                            .execute();
                }
            });
            return null;
        });
        hook.at("bootstrap-applied");
        LOG.info("Started from snapshot {} ({} records)", read.name(), read.texts().size());
    }

    /**
     * A snapshot holding records of a table this version does not know was most likely written
     * after a newer Lotse's changes: taking in the rest would leave rows without what they need,
     * leaving those records out would lose them. The join stays due until Lotse is updated.
     */
    private static void refuseUnknownEntities(Read read) throws SyncRefusedException {
        Set<String> entities = new TreeSet<>();
        read.texts().keySet().forEach(key -> entities.add(key.entity()));
        for (String entity : entities) {
            if (SyncedTables.of(entity).isEmpty()) {
                LOG.warn("Snapshot {} holds table {}, which this version does not know", read.name(), entity);
                throw new SyncRefusedException(Reason.NEWER_FORMAT, entity);
            }
        }
    }

    /**
     * Clears this device's batches that every active device applied and the newest snapshot
     * covers, and its own snapshots older than the newest; returns how many files went.
     */
    int compact(Share share, Membership member, Map<UUID, DeviceFile> devices) throws IOException {
        UUID me = store.device().id();
        Optional<Read> newest = newest(share, member, devices);
        if (newest.isEmpty()) {
            return 0;
        }
        long limit = newest.get().frontier().getOrDefault(me, Cursor.NONE).seq();
        for (DeviceFile device : devices.values()) {
            if (!device.retired() && !device.deviceId().equals(me)) {
                limit = Math.min(limit, appliedBy(share, member, device.deviceId(), me));
            }
        }
        int removed = 0;
        for (String name : share.list("log/" + me)) {
            Matcher matcher = ShareSync.BATCH_NAME.matcher(name);
            if (matcher.matches() && Long.parseLong(matcher.group(1)) <= limit) {
                share.delete("log/" + me + "/" + name);
                removed++;
            }
        }
        for (String name : share.list("snapshots")) {
            if (name.endsWith(me.toString()) && !name.equals(newest.get().name())) {
                for (String file : share.list(folder(name))) {
                    share.delete(folder(name) + "/" + file);
                    removed++;
                }
                share.delete(folder(name));
            }
        }
        LOG.info("Compaction removed {} files", removed);
        return removed;
    }

    /** How far {@code reader} says it applied {@code writer}'s batches (0 without a good head file). */
    private long appliedBy(Share share, Membership member, UUID reader, UUID writer) throws IOException {
        Optional<byte[]> head = share.read("heads/" + reader + ".json");
        if (head.isEmpty()) {
            return 0;
        }
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(head.get());
            byte[] mac = Base64.getDecoder().decode(node.remove("mac").asString());
            if (!member.keys().checkMac(mapper.writeValueAsBytes(node), mac)
                    || !node.required("device").asString().equals(reader.toString())) {
                return 0;
            }
            return node.required("applied").path(writer.toString()).asLong(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Changes were made between the export and the snapshot; export again and retry. */
    static final class SnapshotRaceException extends IOException {
        SnapshotRaceException() {
            super("changes arrived while the snapshot was taken");
        }
    }

    private static String folder(String name) {
        return "snapshots/" + name;
    }

    private static String partName(int part) {
        return String.format("part-%06d.snap", part);
    }
}

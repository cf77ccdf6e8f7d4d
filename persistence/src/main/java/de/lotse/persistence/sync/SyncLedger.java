package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.clock.Stamp;
import de.lotse.core.sync.Change;
import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.SyncJson;
import de.lotse.persistence.ChangeWriter;
import de.lotse.persistence.SyncedTables.Reference;
import de.lotse.persistence.SyncedTables.Synced;
import de.lotse.persistence.SyncedTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;

/**
 * Sync's side of the local database: takes this device's outbox into the record states, applies
 * other devices' changes to them, and makes the business rows from the states. Every method runs
 * inside the caller's transaction (see {@code Store.exclusively}).
 */
public final class SyncLedger {

    private static final int CHUNK = 1000;

    private final SyncJson json;
    private final ColumnValues columns;
    private final Conflicts conflicts;

    public SyncLedger(SyncJson json, ColumnValues columns, Conflicts conflicts) {
        this.json = json;
        this.columns = columns;
        this.conflicts = conflicts;
    }

    /**
     * Takes this device's outbox rows not taken in yet into the record states and notes how far it
     * came, both in the caller's transaction: the one way in, so no row is ever taken in twice.
     */
    public long absorbPending(DSLContext tx) {
        long from = tx.select(SYNC_REALM.ABSORBED_SEQ).from(SYNC_REALM).fetchOne(SYNC_REALM.ABSORBED_SEQ);
        long absorbed = absorb(tx, from);
        if (absorbed != from) {
            tx.update(SYNC_REALM).set(SYNC_REALM.ABSORBED_SEQ, absorbed).execute();
        }
        return absorbed;
    }

    /**
     * Takes the outbox rows after {@code afterSeq} into the record states: each row's fields replace
     * the versions shown when it was written (the current heads, since writes and sync take turns),
     * and the row gets its travelling form. Returns the last outbox sequence taken in.
     */
    private long absorb(DSLContext tx, long afterSeq) {
        long last = afterSeq;
        while (true) {
            var rows = tx.select(CHANGE_LOG.SEQ, CHANGE_LOG.STAMP, CHANGE_LOG.ENTITY, CHANGE_LOG.RECORD_ID,
                            CHANGE_LOG.OPERATION, CHANGE_LOG.FIELDS)
                    .from(CHANGE_LOG).where(CHANGE_LOG.SEQ.gt(last)).orderBy(CHANGE_LOG.SEQ).limit(5 * CHUNK).fetch();
            if (rows.isEmpty()) {
                return last;
            }
            Set<RecordKey> keys = new LinkedHashSet<>();
            for (var row : rows) {
                // an outbox row written around ChangeWriter for a table that does not sync would be
                // exported in a batch that no device can apply, and batches are never rewritten
                SyncedTables.declared(row.value3());
                keys.add(new RecordKey(row.value3(), row.value4()));
            }
            Map<RecordKey, RecordState> states = load(tx, keys);
            Set<RecordKey> stored = Set.copyOf(states.keySet());
            List<Object[]> wires = new ArrayList<>(rows.size());
            for (var row : rows) {
                RecordKey key = new RecordKey(row.value3(), row.value4());
                RecordState state = states.computeIfAbsent(key, k -> new RecordState());
                Map<String, String> values = switch (row.value5()) {
                    case "DELETE" -> Map.of(RecordState.DELETED, RecordState.TRUE);
                    case "INSERT" -> insertValues(row.value6(), state);
                    default -> json.readValues(row.value6());
                };
                Map<String, List<Stamp>> parents = new HashMap<>();
                for (String field : values.keySet()) {
                    List<Stamp> heads = state.headStamps(field);
                    if (!heads.isEmpty()) {
                        parents.put(field, heads);
                    }
                }
                Change change = new Change(key.entity(), key.id(), Stamp.decode(row.value2()), values, parents);
                change.applyTo(state);
                wires.add(new Object[] {json.writeChange(change), row.value1()});
                last = row.value1();
            }
            conflicts.refresh(tx, states);
            ChangeWriter.batch(tx, "UPDATE " + tx.render(CHANGE_LOG) + " SET " + tx.render(CHANGE_LOG.WIRE.getUnqualifiedName())
                    + " = ? WHERE " + tx.render(CHANGE_LOG.SEQ.getUnqualifiedName()) + " = ?", wires);
            save(tx, states, stored);
        }
    }

    /** A record made anew after it was deleted comes back: its insert also undoes the delete. */
    private Map<String, String> insertValues(String fields, RecordState state) {
        Map<String, String> values = json.readValues(fields);
        if (state.deleted()) {
            values.put(RecordState.DELETED, "false");
        }
        return values;
    }

    /** The travelling form of the absorbed outbox rows in {@code (afterSeq, upToSeq]}, at most {@code limit}. */
    public List<Outgoing> outgoing(DSLContext tx, long afterSeq, long upToSeq, int limit) {
        return tx.select(CHANGE_LOG.SEQ, CHANGE_LOG.STAMP, CHANGE_LOG.WIRE).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(afterSeq).and(CHANGE_LOG.SEQ.le(upToSeq)))
                .orderBy(CHANGE_LOG.SEQ).limit(limit)
                .fetch(r -> new Outgoing(r.value1(), r.value2(), r.value3()));
    }

    /** One absorbed outbox row: its sequence, its stamp and its change as JSON. */
    public record Outgoing(long seq, String stamp, String wire) { }

    /**
     * Applies other devices' changes: merges them into the record states, remakes the rows of
     * every record they touched and brings the conflicts of those records up to date.
     */
    public Set<RecordKey> apply(DSLContext tx, List<Change> changes) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        for (Change change : changes) {
            keys.add(new RecordKey(change.entity(), change.recordId()));
        }
        Map<RecordKey, RecordState> states = load(tx, keys);
        Set<RecordKey> stored = Set.copyOf(states.keySet());
        for (Change change : changes) {
            change.applyTo(states.computeIfAbsent(new RecordKey(change.entity(), change.recordId()),
                    k -> new RecordState()));
        }
        store(tx, states, stored, false, Map.of());
        return keys;
    }

    /** Puts states as they are (from a snapshot) and makes their rows. */
    public void restore(DSLContext tx, Map<RecordKey, RecordState> states, Map<RecordKey, String> texts) {
        store(tx, states, load(tx, states.keySet()).keySet(), true, texts);
    }

    /** Saves states ({@code stored}: those held before), makes their rows and brings conflicts up to date. */
    private void store(DSLContext tx, Map<RecordKey, RecordState> states, Set<RecordKey> stored, boolean restoring,
            Map<RecordKey, String> texts) {
        save(tx, states, stored, texts);
        Map<RecordKey, RecordState> touched = project(tx, states);
        conflicts.update(tx, touched);
        Set<RecordKey> arrived = new HashSet<>(states.keySet());
        arrived.removeAll(stored);
        conflicts.checkDomain(tx, touched, arrived, key -> load(tx, List.of(key)).get(key), restoring);
    }

    /**
     * Makes the business rows of the given records from their states; returns those states and
     * the states of deleted records that had to be made again because rows refer to them.
     */
    Map<RecordKey, RecordState> project(DSLContext tx, Map<RecordKey, RecordState> states) {
        Map<RecordKey, RecordState> live = new LinkedHashMap<>();
        List<RecordKey> deleted = new ArrayList<>();
        states.forEach((key, state) -> {
            // batches and snapshots that name an entity this version does not know are refused
            // before they get here (ShareSync.applyBatch, Snapshots.bootstrap): one here is a bug
            SyncedTables.declared(key.entity());
            if (state.deleted()) {
                deleted.add(key);
            } else {
                live.put(key, state);
            }
        });
        keepReferencedParents(tx, live);
        upsert(tx, live);
        delete(tx, deleted, states);
        Map<RecordKey, RecordState> touched = new LinkedHashMap<>(live);
        touched.putAll(states);
        return touched;
    }

    /**
     * Every record a live row refers to must exist. A referred-to record that was deleted meanwhile
     * on another device is made again from its state (the conflict check reports it).
     */
    private void keepReferencedParents(DSLContext tx, Map<RecordKey, RecordState> live) {
        List<RecordKey> toCheck = new ArrayList<>(live.keySet());
        while (!toCheck.isEmpty()) {
            Map<Table<?>, Set<UUID>> wanted = new LinkedHashMap<>();
            for (RecordKey key : toCheck) {
                Synced synced = SyncedTables.declared(key.entity());
                RecordState state = live.get(key);
                for (Reference reference : synced.references()) {
                    state.shown(columnName(reference.column()))
                            .map(v -> columns.toColumn(reference.column(), v.value()))
                            .ifPresent(id -> {
                                RecordKey parent = new RecordKey(SyncedTables.entity(reference.target()), (UUID) id);
                                if (!live.containsKey(parent)) {
                                    wanted.computeIfAbsent(reference.target(), t -> new LinkedHashSet<>()).add((UUID) id);
                                }
                            });
                }
            }
            toCheck = new ArrayList<>();
            for (var entry : wanted.entrySet()) {
                Synced target = SyncedTables.of(entry.getKey());
                Set<UUID> missing = new LinkedHashSet<>(entry.getValue());
                missing.removeAll(existing(tx, target, entry.getValue()));
                if (missing.isEmpty()) {
                    continue;
                }
                Set<RecordKey> missingKeys = new LinkedHashSet<>();
                for (UUID id : missing) {
                    missingKeys.add(new RecordKey(target.entity(), id));
                }
                Map<RecordKey, RecordState> found = load(tx, missingKeys);
                if (found.size() != missingKeys.size()) {
                    throw new IllegalStateException("a change refers to a " + target.entity() + " no device has sent");
                }
                live.putAll(found);
                toCheck.addAll(found.keySet());
            }
        }
    }

    private Set<UUID> existing(DSLContext tx, Synced synced, Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(tx.select(synced.id()).from(synced.table())
                    .where(synced.id().in(all.subList(i, Math.min(all.size(), i + CHUNK)))).fetch(synced.id()));
        }
        return found;
    }

    /**
     * Inserts or updates the rows of live records, referred-to tables first, in one batch per table
     * and kind (H2's MERGE costs three times an INSERT).
     */
    private void upsert(DSLContext tx, Map<RecordKey, RecordState> live) {
        for (Synced synced : SyncedTables.all()) {
            Field<?>[] fields = synced.table().fields();
            Map<UUID, RecordState> rows = new LinkedHashMap<>();
            live.forEach((key, state) -> {
                if (key.entity().equals(synced.entity())) {
                    rows.put(key.id(), state);
                }
            });
            if (rows.isEmpty()) {
                continue;
            }
            Set<UUID> existing = existing(tx, synced, rows.keySet());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            rows.forEach((id, state) -> {
                Object[] values = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = fields[i].equals(synced.id()) ? id : columns.toColumn(fields[i],
                            state.shown(columnName(fields[i])).map(RecordState.Version::value).orElse(null));
                }
                if (existing.contains(id)) {
                    Object[] update = new Object[fields.length];
                    int at = 0;
                    for (int i = 0; i < fields.length; i++) {
                        if (!fields[i].equals(synced.id())) {
                            update[at++] = values[i];
                        }
                    }
                    update[at] = id;
                    updates.add(update);
                } else {
                    inserts.add(values);
                }
            });
            ChangeWriter.batch(tx, tx.render(tx.insertInto(synced.table()).columns(fields).values(new Object[fields.length])), inserts);
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            for (Field<?> field : fields) {
                if (!field.equals(synced.id())) {
                    set.put(field, null);
                }
            }
            ChangeWriter.batch(tx, tx.render(tx.update(synced.table()).set(set).where(synced.id().eq((UUID) null))), updates);
        }
    }

    /**
     * Deletes the rows of deleted records, referring tables first. A row still referred to by a
     * live row stays (a conflict asks a person); it goes once nothing refers to it any more.
     */
    private void delete(DSLContext tx, List<RecordKey> deleted, Map<RecordKey, RecordState> states) {
        List<Synced> reversed = new ArrayList<>(SyncedTables.all());
        Collections.reverse(reversed);
        for (Synced synced : reversed) {
            for (RecordKey key : deleted) {
                if (key.entity().equals(synced.entity())) {
                    if (referenced(tx, synced, key.id())) {
                        upsert(tx, Map.of(key, states.get(key)));
                    } else {
                        tx.deleteFrom(synced.table()).where(synced.id().eq(key.id())).execute();
                    }
                }
            }
        }
    }

    /** Whether any row refers to the record. */
    boolean referenced(DSLContext tx, Synced synced, UUID id) {
        for (Reference reference : SyncedTables.referencesTo(synced.table())) {
            Table<?> referring = reference.column().getTable();
            if (tx.fetchExists(referring, reference.column().eq(id))) {
                return true;
            }
        }
        return false;
    }

    /** The stored states of the given records; records without state are left out. */
    public Map<RecordKey, RecordState> load(DSLContext tx, Collection<RecordKey> keys) {
        Map<String, List<UUID>> byEntity = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            byEntity.computeIfAbsent(key.entity(), e -> new ArrayList<>()).add(key.id());
        }
        Map<RecordKey, RecordState> states = new LinkedHashMap<>();
        byEntity.forEach((entity, ids) -> {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                for (Record2<UUID, String> row : tx.select(SYNC_RECORD.RECORD_ID, SYNC_RECORD.STATE).from(SYNC_RECORD)
                        .where(SYNC_RECORD.RECORD_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                                .and(SYNC_RECORD.ENTITY.eq(entity)))
                        .fetch()) {
                    states.put(new RecordKey(entity, row.value1()), json.readState(row.value2()));
                }
            }
        });
        return states;
    }

    private void save(DSLContext tx, Map<RecordKey, RecordState> states, Set<RecordKey> stored) {
        save(tx, states, stored, Map.of());
    }

    /**
     * Stores states: new ones inserted, {@code stored} ones updated (cheaper than H2's MERGE).
     * {@code texts}: states already in their JSON form (from a snapshot), which need no writing again.
     */
    private void save(DSLContext tx, Map<RecordKey, RecordState> states, Set<RecordKey> stored,
            Map<RecordKey, String> texts) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        states.forEach((key, state) -> {
            String text = texts.containsKey(key) ? texts.get(key) : json.writeState(state);
            if (stored.contains(key)) {
                updates.add(new Object[] {origin(state), text, key.id()});
            } else {
                inserts.add(new Object[] {key.id(), key.entity(), origin(state), text});
            }
        });
        ChangeWriter.batch(tx, tx.render(tx.insertInto(SYNC_RECORD).columns(SYNC_RECORD.RECORD_ID, SYNC_RECORD.ENTITY,
                SYNC_RECORD.ORIGIN, SYNC_RECORD.STATE).values((UUID) null, null, null, null)), inserts);
        ChangeWriter.batch(tx, tx.render(tx.update(SYNC_RECORD).set(SYNC_RECORD.ORIGIN, (UUID) null).set(SYNC_RECORD.STATE, (String) null)
                .where(SYNC_RECORD.RECORD_ID.eq((UUID) null))), updates);
    }

    /**
     * The device of a record's oldest version still held: the one that made it, for records made
     * once (a person); a function of the state, so every device holds the same.
     */
    static UUID origin(RecordState state) {
        Stamp first = null;
        for (List<RecordState.Version> versions : state.fields().values()) {
            for (RecordState.Version version : versions) {
                if (first == null || version.stamp().compareTo(first) < 0) {
                    first = version.stamp();
                }
            }
        }
        return first.device();
    }

    private static final Map<Field<?>, String> COLUMN_NAMES = new ConcurrentHashMap<>();

    /** A column's name as changes carry it (cached: asked for every field of every record). */
    static String columnName(Field<?> field) {
        return COLUMN_NAMES.computeIfAbsent(field, f -> f.getName().toLowerCase(Locale.ROOT));
    }

}

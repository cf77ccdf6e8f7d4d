package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.SYNC_CONFLICT;

import de.lotse.core.clock.Stamp;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.SyncJson;
import de.lotse.persistence.ChangeWriter;
import de.lotse.persistence.SyncedTables.Synced;
import de.lotse.persistence.SyncedTables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Keeps {@code sync_conflict} in step with the record states: a conflict for every field whose
 * heads disagree, one for every deleted record still in use, and the {@link DomainCheck}s' own. Conflict ids are derived from what they are about, so every device names
 * a conflict the same way.
 */
public final class Conflicts {

    private static final int CHUNK = 1000;

    private final SyncJson json;
    private final List<DomainCheck> checks;

    public Conflicts(SyncJson json) {
        this.json = json;
        this.checks = DomainCheck.all(json);
    }

    /**
     * Runs the domain checks over records just applied ({@code arrived}: new to this device); a
     * check whose conflicts travel with snapshots is left out when {@code restoring} one.
     */
    void checkDomain(DSLContext tx, Map<RecordKey, RecordState> touched, Set<RecordKey> arrived,
            Function<RecordKey, RecordState> states, boolean restoring) {
        Map<String, Stored> found = new LinkedHashMap<>();
        for (DomainCheck check : checks) {
            if (!(restoring && check.carriedBySnapshots())) {
                check.check(tx, touched, arrived, states).forEach(conflict -> found.put(conflict.id(), conflict));
            }
        }
        replace(tx, found.values());
    }

    /** Puts back the conflicts a snapshot carries that still stand here. */
    void adopt(DSLContext tx, List<Stored> carried) {
        List<Stored> standing = new ArrayList<>();
        for (Stored conflict : carried) {
            check(conflict.kind()).flatMap(check -> check.refresh(tx, conflict)).ifPresent(standing::add);
        }
        replace(tx, standing);
    }

    /** Whether conflicts of this kind travel with snapshots. */
    boolean carried(String kind) {
        return check(kind).map(DomainCheck::carriedBySnapshots).orElse(false);
    }

    Optional<DomainCheck> check(String kind) {
        return checks.stream().filter(check -> check.kind().equals(kind)).findFirst();
    }

    private void replace(DSLContext tx, Collection<Stored> conflicts) {
        for (Stored conflict : conflicts) {
            tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflict.id())).execute();
        }
        insert(tx, List.copyOf(conflicts));
    }

    /** A stored conflict: what {@link Conflict} holds, with its values as stored. */
    public record Stored(String id, String kind, String entity, UUID recordId, String field, List<StoredValue> values) { }

    /** A competing value with its stamp (which names its device and time). */
    public record StoredValue(String value, Stamp stamp) { }

    /** Brings the conflicts of the given records up to date, then those that may have closed elsewhere. */
    void update(DSLContext tx, Map<RecordKey, RecordState> states) {
        Map<String, List<UUID>> byEntity = new LinkedHashMap<>();
        states.keySet().forEach(key -> byEntity.computeIfAbsent(key.entity(), e -> new ArrayList<>()).add(key.id()));
        boolean anyOpen = tx.fetchExists(SYNC_CONFLICT);
        byEntity.forEach((entity, ids) -> {
            if (!anyOpen) {
                return;
            }
            for (int i = 0; i < ids.size(); i += CHUNK) {
                tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.RECORD_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                        .and(SYNC_CONFLICT.ENTITY.eq(entity))
                        .and(SYNC_CONFLICT.KIND.in(Conflict.FIELD, Conflict.DELETED_IN_USE))).execute();
            }
        });
        List<Stored> opened = new ArrayList<>();
        states.forEach((key, state) -> {
            Synced synced = SyncedTables.declared(key.entity());
            boolean appendOnly = synced.appendOnly();
            for (String field : appendOnly ? List.<String>of() : state.conflictedFields()) {
                if (field.equals(RecordState.DELETED)) {
                    continue; // delete against undo: the newest stands; in use, the record stays (below)
                }
                opened.add(new Stored(id(Conflict.FIELD, key.entity(), key.id().toString(), field), Conflict.FIELD,
                        key.entity(), key.id(), field, newestFirst(state.heads(field))));
            }
            if (state.deleted() && exists(tx, synced, key.id())) {
                opened.add(deletedInUse(key, state));
            }
        });
        insert(tx, opened);
    }

    /**
     * After this device's own writes: the conflicts of records that had one are brought up to date
     * (a person may have settled them by editing). Own writes open no new conflicts.
     */
    void refresh(DSLContext tx, Map<RecordKey, RecordState> states) {
        Map<String, List<UUID>> byEntity = new LinkedHashMap<>();
        states.keySet().forEach(key -> byEntity.computeIfAbsent(key.entity(), e -> new ArrayList<>()).add(key.id()));
        Map<RecordKey, RecordState> withConflicts = new LinkedHashMap<>();
        byEntity.forEach((entity, ids) -> {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                tx.selectDistinct(SYNC_CONFLICT.RECORD_ID).from(SYNC_CONFLICT)
                        .where(SYNC_CONFLICT.RECORD_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                                .and(SYNC_CONFLICT.ENTITY.eq(entity)))
                        .forEach(r -> {
                            RecordKey key = new RecordKey(entity, r.value1());
                            withConflicts.put(key, states.get(key));
                        });
            }
        });
        if (!withConflicts.isEmpty()) {
            update(tx, withConflicts);
        }
    }

    private Stored deletedInUse(RecordKey key, RecordState state) {
        RecordState.Version deletion = state.shown(RecordState.DELETED).orElseThrow();
        // the keeping side is dated by the record's newest version of any other field
        Stamp lastLife = null;
        for (var field : state.fields().entrySet()) {
            for (RecordState.Version version : field.getValue()) {
                if (!field.getKey().equals(RecordState.DELETED) && (lastLife == null || version.stamp().compareTo(lastLife) > 0)) {
                    lastLife = version.stamp();
                }
            }
        }
        if (lastLife == null) {
            lastLife = deletion.stamp();
        }
        return new Stored(id(Conflict.DELETED_IN_USE, key.entity(), key.id().toString(), RecordState.DELETED),
                Conflict.DELETED_IN_USE, key.entity(), key.id(), RecordState.DELETED,
                List.of(new StoredValue("false", lastLife), new StoredValue(RecordState.TRUE, deletion.stamp())));
    }

    /**
     * Closes deleted-in-use conflicts whose record was kept back or is no longer used, deleting
     * the rows nobody refers to any more, until nothing changes.
     */
    void sweep(DSLContext tx, SyncLedger ledger) {
        for (Stored open : open(tx)) {
            Optional<DomainCheck> check = check(open.kind());
            if (check.isPresent()) {
                tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(open.id())).execute();
                check.get().refresh(tx, open).ifPresent(now -> insert(tx, List.of(now)));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            var kept = tx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.KIND.eq(Conflict.DELETED_IN_USE))
                    .orderBy(SYNC_CONFLICT.ID).fetch();
            for (var conflict : kept) {
                RecordKey key = new RecordKey(conflict.getEntity(), conflict.getRecordId());
                RecordState state = ledger.load(tx, List.of(key)).get(key);
                Synced synced = SyncedTables.declared(key.entity());
                if (state == null || !state.deleted()) {
                    tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflict.getId())).execute();
                } else if (!ledger.referenced(tx, synced, key.id())) {
                    tx.deleteFrom(synced.table()).where(synced.id().eq(key.id())).execute();
                    tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflict.getId())).execute();
                    changed = true;
                }
            }
        }
    }

    private static boolean exists(DSLContext tx, Synced synced, UUID id) {
        return tx.fetchExists(synced.table(), synced.id().eq(id));
    }

    private void insert(DSLContext tx, List<Stored> conflicts) {
        List<Object[]> rows = new ArrayList<>(conflicts.size());
        for (Stored conflict : conflicts) {
            rows.add(new Object[] {conflict.id(), conflict.kind(), conflict.entity(), conflict.recordId(),
                conflict.field(), writeValues(conflict.values())});
        }
        ChangeWriter.batch(tx, tx.render(tx.insertInto(SYNC_CONFLICT).columns(SYNC_CONFLICT.ID, SYNC_CONFLICT.KIND,
                SYNC_CONFLICT.ENTITY, SYNC_CONFLICT.RECORD_ID, SYNC_CONFLICT.FIELD, SYNC_CONFLICT.CONFLICT_VALUES)
                .values((String) null, null, null, null, null, null)), rows);
    }

    /** Open conflicts, in a stable order. */
    public List<Stored> open(DSLContext dsl) {
        return dsl.selectFrom(SYNC_CONFLICT).orderBy(SYNC_CONFLICT.ENTITY, SYNC_CONFLICT.RECORD_ID, SYNC_CONFLICT.FIELD,
                SYNC_CONFLICT.ID).fetch(r -> new Stored(r.getId(), r.getKind(), r.getEntity(), r.getRecordId(),
                        r.getField(), readValues(r.getConflictValues())));
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(SYNC_CONFLICT);
    }

    private static List<StoredValue> newestFirst(List<RecordState.Version> heads) {
        List<StoredValue> values = new ArrayList<>();
        heads.stream().sorted(Comparator.comparing(RecordState.Version::stamp).reversed())
                .forEach(v -> values.add(new StoredValue(v.value(), v.stamp())));
        return values;
    }

    private String writeValues(List<StoredValue> values) {
        return json.writeVersions(values.stream().map(v -> new RecordState.Version(v.stamp(), v.value())).toList());
    }

    private List<StoredValue> readValues(String text) {
        return json.readVersions(text).stream().map(v -> new StoredValue(v.value(), v.stamp())).toList();
    }

    /** A name-derived id: the same conflict gets the same id on every device. */
    static String id(String kind, String entity, String subject, String field) {
        return UUID.nameUUIDFromBytes((kind + '|' + entity + '|' + subject + '|' + field).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.SYNC_CONFLICT;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.clock.Stamp;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.SyncJson;
import de.lotse.persistence.sync.SyncedTables.Synced;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Keeps {@code sync_conflict} in step with the record states: a conflict for every field whose
 * heads disagree, one for every deleted record still in use, and the domain checks' own (a case
 * number given twice). Conflict ids are derived from what they are about, so every device names
 * a conflict the same way.
 */
public final class Conflicts {

    private static final int CHUNK = 1000;

    private final SyncJson json;
    private final DuplicatePersons duplicates;

    public Conflicts(SyncJson json) {
        this.json = json;
        this.duplicates = new DuplicatePersons(json);
    }

    /** Opens a conflict for each newly arrived person who looks like one made on another device. */
    void checkDuplicates(DSLContext tx, Map<RecordKey, RecordState> arrived,
            java.util.function.Function<RecordKey, RecordState> stored) {
        List<Stored> found = new ArrayList<>();
        for (Stored conflict : duplicates.check(tx, arrived, stored)) {
            if (!tx.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.ID.eq(conflict.id()))
                    && found.stream().noneMatch(f -> f.id().equals(conflict.id()))) {
                found.add(conflict);
            }
        }
        insert(tx, found);
    }

    /** Puts back conflicts as a snapshot holds them (those no check can find again from the states). */
    void adopt(DSLContext tx, List<Stored> carried) {
        List<Stored> missing = new ArrayList<>();
        for (Stored conflict : carried) {
            if (!tx.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.ID.eq(conflict.id())) && duplicates.stillOpen(tx, conflict)) {
                missing.add(conflict);
            }
        }
        insert(tx, missing);
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
        Set<String> caseNumbers = new TreeSet<>();
        states.forEach((key, state) -> {
            boolean appendOnly = SyncedTables.of(key.entity()).map(Synced::appendOnly).orElse(false);
            for (String field : appendOnly ? List.<String>of() : state.conflictedFields()) {
                opened.add(new Stored(id(Conflict.FIELD, key.entity(), key.id().toString(), field), Conflict.FIELD,
                        key.entity(), key.id(), field, newestFirst(state.heads(field))));
            }
            if (state.deleted()) {
                SyncedTables.of(key.entity()).filter(synced -> exists(tx, synced, key.id()))
                        .ifPresent(synced -> opened.add(deletedInUse(key, state)));
            } else if (key.entity().equals("case_file")) {
                state.shown("number").ifPresent(number -> caseNumbers.add(number.value()));
            }
        });
        insert(tx, opened);
        checkCaseNumbers(tx, caseNumbers);
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
        Stamp lastLife = deletion.stamp();
        Stamp newest = null;
        for (var field : state.fields().entrySet()) {
            for (RecordState.Version version : field.getValue()) {
                if (!field.getKey().equals(RecordState.DELETED) && (newest == null || version.stamp().compareTo(newest) > 0)) {
                    newest = version.stamp();
                }
            }
        }
        if (newest != null) {
            lastLife = newest;
        }
        return new Stored(id(Conflict.DELETED_IN_USE, key.entity(), key.id().toString(), RecordState.DELETED),
                Conflict.DELETED_IN_USE, key.entity(), key.id(), RecordState.DELETED,
                List.of(new StoredValue("false", lastLife), new StoredValue(RecordState.TRUE, deletion.stamp())));
    }

    /** A case number held by two or more live cases opens one conflict; it closes when one is renumbered. */
    private void checkCaseNumbers(DSLContext tx, Set<String> numbers) {
        for (String numberJson : numbers) {
            String text = json.string(numberJson);
            String conflictId = id(Conflict.CASE_NUMBER, "case_file", text, "number");
            tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).execute();
            List<UUID> holders = tx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.NUMBER.eq(text))
                    .orderBy(CASE_FILE.ID).fetch(CASE_FILE.ID);
            if (holders.size() > 1) {
                List<StoredValue> values = new ArrayList<>();
                for (UUID holder : holders) {
                    Stamp stamp = tx.select(SYNC_RECORD.STATE)
                            .from(SYNC_RECORD)
                            .where(SYNC_RECORD.ENTITY.eq("case_file")
                                    .and(SYNC_RECORD.RECORD_ID.eq(holder)))
                            .fetchOptional(SYNC_RECORD.STATE)
                            .flatMap(state -> json.readState(state).shown("number"))
                            .map(RecordState.Version::stamp).orElse(null);
                    if (stamp != null) {
                        values.add(new StoredValue(json.quote(holder.toString()), stamp));
                    }
                }
                insert(tx, List.of(new Stored(conflictId, Conflict.CASE_NUMBER, "case_file", holders.getFirst(),
                        "number", values)));
            }
        }
    }

    /**
     * Closes deleted-in-use conflicts whose record was kept back or is no longer used, deleting
     * the rows nobody refers to any more, until nothing changes.
     */
    void sweep(DSLContext tx, SyncLedger ledger) {
        recheckCaseNumbers(tx);
        for (Stored open : open(tx)) {
            if (open.kind().equals(Conflict.DUPLICATE_PERSON) && !duplicates.stillOpen(tx, open)) {
                tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(open.id())).execute();
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
                Synced synced = SyncedTables.of(key.entity()).orElseThrow();
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

    /** Re-checks open case-number conflicts: they close when the cases hold different numbers again. */
    private void recheckCaseNumbers(DSLContext tx) {
        Set<String> numbers = new TreeSet<>();
        for (Stored open : open(tx)) {
            if (open.kind().equals(Conflict.CASE_NUMBER)) {
                tx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(open.id())).execute();
                for (StoredValue value : open.values()) {
                    tx.select(CASE_FILE.NUMBER).from(CASE_FILE).where(CASE_FILE.ID.eq(UUID.fromString(json.string(value.value()))))
                            .fetchOptional(CASE_FILE.NUMBER).ifPresent(number -> numbers.add(json.quote(number)));
                }
            }
        }
        checkCaseNumbers(tx, numbers);
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
        SyncLedger.batch(tx, tx.render(tx.insertInto(SYNC_CONFLICT).columns(SYNC_CONFLICT.ID, SYNC_CONFLICT.KIND,
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

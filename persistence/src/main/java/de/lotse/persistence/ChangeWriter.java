package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;

import de.lotse.core.clock.HybridClock;
import de.lotse.core.sync.RecordState;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path for business writes. Each insert, update and delete also appends its field
 * changes, stamped by the device's hybrid clock, to the outbox ({@code change_log}) in the same
 * transaction, so that sync sees every change and a rollback drops both together.
 */
public final class ChangeWriter {

    /** Operations recorded in the outbox. */
    public enum Operation { INSERT, UPDATE, DELETE }

    private static final Field<?>[] OUTBOX_FIELDS = {CHANGE_LOG.STAMP, CHANGE_LOG.ENTITY, CHANGE_LOG.RECORD_ID,
        CHANGE_LOG.OPERATION, CHANGE_LOG.FIELDS};

    private final DSLContext tx;
    private final HybridClock clock;
    private final JsonMapper json;

    ChangeWriter(DSLContext tx, HybridClock clock, JsonMapper json) {
        this.tx = tx;
        this.clock = clock;
        this.json = json;
    }

    /**
     * For reads inside the transaction (checks before a write see its own uncommitted changes);
     * writes go through the methods of this class.
     */
    public DSLContext query() {
        return tx;
    }

    public <R extends TableRecord<R>> void insert(R record) {
        insertAll(List.of(record));
    }

    /** Inserts records of one table in a JDBC batch, with one outbox row each. */
    public <R extends TableRecord<R>> void insertAll(List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        Table<R> table = records.getFirst().getTable();
        int idIndex = table.indexOf(idField(table));
        Field<?>[] fields = table.fields();
        List<Object[]> rows = new ArrayList<>(records.size());
        List<Object[]> changes = new ArrayList<>(records.size());
        for (R record : records) {
            // record.get(i) rather than intoArray(): the latter goes through jOOQ's record mapper
            // cache, which grows with every record and cost a tenth of a bulk load
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = record.get(i);
            }
            rows.add(values);
            Map<String, Object> changed = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                if (values[i] != null && i != idIndex) {
                    changed.put(columnName(fields[i]), values[i]);
                }
            }
            changes.add(change(table, (UUID) values[idIndex], Operation.INSERT, changed));
        }
        executeBatch(table, fields, rows);
        executeBatch(CHANGE_LOG, OUTBOX_FIELDS, changes);
    }

    /** One prepared statement, rendered once by jOOQ, with every row bound in one JDBC batch. */
    private void executeBatch(Table<?> table, Field<?>[] fields, List<Object[]> rows) {
        batch(tx, tx.render(tx.insertInto(table).columns(fields).values(new Object[fields.length])), rows);
    }

    /**
     * Runs {@code sql} once per row, all rows bound in one JDBC batch: for bulk work that goes
     * around the outbox by design (sync applying other devices' changes).
     */
    public static void batch(DSLContext tx, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** Sets the given fields of one record; only fields whose value changes are recorded. */
    public <R extends TableRecord<R>> void update(Table<R> table, UUID id, Map<TableField<R, ?>, Object> values) {
        TableField<R, UUID> idField = idField(table);
        R current = tx.selectFrom(table).where(idField.eq(id)).fetchOne();
        if (current == null) {
            throw new IllegalArgumentException("no " + SyncedTables.entity(table) + " " + id);
        }
        Map<TableField<R, ?>, Object> changedFields = new LinkedHashMap<>();
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!Objects.equals(current.get(field), value)) {
                changedFields.put(field, value);
                changed.put(columnName(field), value);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        tx.update(table).set(changedFields).where(idField.eq(id)).execute();
        executeBatch(CHANGE_LOG, OUTBOX_FIELDS, List.<Object[]>of(change(table, id, Operation.UPDATE, changed)));
    }

    /** Inserts the record, or sets every field of the stored one with its id (recording only the changed ones). */
    public <R extends TableRecord<R>> void upsert(R record) {
        save(null, record);
    }

    /**
     * Stores what a person changed in a form. {@code edited} is inserted when no record has its id;
     * otherwise only the fields in which it differs from {@code base}, the record as the form showed
     * it, are set: a field that another device changed meanwhile and the person left alone keeps
     * the other device's value, and a field the person changed wins. Without a base (null) every
     * field is set. As always, only fields whose stored value changes are recorded.
     */
    @SuppressWarnings("unchecked")
    public <R extends TableRecord<R>> void save(R base, R edited) {
        Table<R> table = edited.getTable();
        TableField<R, UUID> idField = idField(table);
        UUID id = edited.get(idField);
        if (base != null && !id.equals(base.get(idField))) {
            throw new IllegalArgumentException("the base of " + SyncedTables.entity(table) + " " + id + " is another record");
        }
        if (!tx.fetchExists(table, idField.eq(id))) {
            insert(edited);
            return;
        }
        Map<TableField<R, ?>, Object> values = new LinkedHashMap<>();
        for (Field<?> field : table.fields()) {
            if (!field.equals(idField) && (base == null || !Objects.equals(base.get(field), edited.get(field)))) {
                values.put((TableField<R, ?>) field, edited.get(field));
            }
        }
        update(table, id, values);
    }

    /**
     * As {@link #save(TableRecord, TableRecord)} for domain records, each made into its table's
     * record by {@code toRecord}.
     */
    public <T, R extends TableRecord<R>> void save(T base, T edited, Function<? super T, R> toRecord) {
        save(base == null ? null : toRecord.apply(base), toRecord.apply(edited));
    }

    /**
     * Sets one field and records it even when the stored value is the same: a person chose this
     * value over competing ones, and every device must learn that choice.
     */
    public <R extends TableRecord<R>> void choose(Table<R> table, UUID id, TableField<R, ?> field, Object value) {
        TableField<R, UUID> idField = idField(table);
        Map<TableField<R, ?>, Object> set = new LinkedHashMap<>();
        set.put(field, value);
        tx.update(table).set(set).where(idField.eq(id)).execute();
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put(columnName(field), value);
        executeBatch(CHANGE_LOG, OUTBOX_FIELDS, List.<Object[]>of(change(table, id, Operation.UPDATE, chosen)));
    }

    /**
     * Records that a record kept back after a delete on another device stays: its delete is undone.
     * The row itself is still there.
     */
    public <R extends TableRecord<R>> void keep(Table<R> table, UUID id) {
        if (!tx.fetchExists(table, idField(table).eq(id))) {
            throw new IllegalArgumentException("no " + SyncedTables.entity(table) + " " + id);
        }
        executeBatch(CHANGE_LOG, OUTBOX_FIELDS, List.<Object[]>of(change(table, id, Operation.UPDATE,
                Map.of(RecordState.DELETED, false))));
    }

    /** Deletes one record and records a tombstone for it. */
    public <R extends TableRecord<R>> void delete(Table<R> table, UUID id) {
        int deleted = tx.deleteFrom(table).where(idField(table).eq(id)).execute();
        if (deleted > 0) {
            executeBatch(CHANGE_LOG, OUTBOX_FIELDS, List.<Object[]>of(change(table, id, Operation.DELETE, Map.of())));
        }
    }

    /**
     * An outbox row in the order of {@link #OUTBOX_FIELDS}. A table {@link SyncedTables} does not
     * declare is refused here, before its row could reach a batch that no device can apply.
     */
    private Object[] change(Table<?> table, UUID id, Operation operation, Map<String, Object> fields) {
        return new Object[] {clock.next().encode(), SyncedTables.of(table).entity(), id, operation.name(),
            json.writeValueAsString(fields)};
    }


    private static String columnName(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> TableField<R, UUID> idField(Table<R> table) {
        var key = table.getPrimaryKey();
        if (key == null || key.getFields().size() != 1 || key.getFields().getFirst().getType() != UUID.class) {
            throw new IllegalArgumentException(SyncedTables.entity(table) + " has no UUID id");
        }
        return (TableField<R, UUID>) key.getFields().getFirst();
    }
}

package de.lotse.persistence;

import de.lotse.core.clock.HybridClock;
import de.lotse.persistence.jooq.tables.records.ChangeLogRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
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

    private final DSLContext tx;
    private final HybridClock clock;
    private final JsonMapper json;

    ChangeWriter(DSLContext tx, HybridClock clock, JsonMapper json) {
        this.tx = tx;
        this.clock = clock;
        this.json = json;
    }

    /** For reads inside the transaction; writes go through the methods of this class. */
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
        tx.batchInsert(records).execute();
        List<ChangeLogRecord> changes = new ArrayList<>(records.size());
        for (R record : records) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field<?> field : record.fields()) {
                Object value = record.get(field);
                if (value != null && !isId(record.getTable(), field)) {
                    fields.put(columnName(field), value);
                }
            }
            changes.add(change(record.getTable(), idOf(record), Operation.INSERT, fields));
        }
        tx.batchInsert(changes).execute();
    }

    /** Sets the given fields of one record; only fields whose value changes are recorded. */
    public <R extends TableRecord<R>> void update(Table<R> table, UUID id, Map<TableField<R, ?>, Object> values) {
        TableField<R, UUID> idField = idField(table);
        R current = tx.selectFrom(table).where(idField.eq(id)).fetchOne();
        if (current == null) {
            throw new IllegalArgumentException("no " + entityName(table) + " " + id);
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
        tx.batchInsert(List.of(change(table, id, Operation.UPDATE, changed))).execute();
    }

    /** Deletes one record and records a tombstone for it. */
    public <R extends TableRecord<R>> void delete(Table<R> table, UUID id) {
        int deleted = tx.deleteFrom(table).where(idField(table).eq(id)).execute();
        if (deleted > 0) {
            tx.batchInsert(List.of(change(table, id, Operation.DELETE, Map.of()))).execute();
        }
    }

    private ChangeLogRecord change(Table<?> table, UUID id, Operation operation, Map<String, Object> fields) {
        ChangeLogRecord change = new ChangeLogRecord();
        change.setStamp(clock.next().encode());
        change.setEntity(entityName(table));
        change.setRecordId(id);
        change.setOperation(operation.name());
        change.setFields(json.writeValueAsString(fields));
        return change;
    }

    static String entityName(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static String columnName(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    private static boolean isId(Table<?> table, Field<?> field) {
        return field.getName().equals(idField(table).getName());
    }

    private static UUID idOf(TableRecord<?> record) {
        return record.get(idField(record.getTable()));
    }

    @SuppressWarnings("unchecked")
    private static <R extends org.jooq.Record> TableField<R, UUID> idField(Table<R> table) {
        var key = table.getPrimaryKey();
        if (key == null || key.getFields().size() != 1 || key.getFields().getFirst().getType() != UUID.class) {
            throw new IllegalArgumentException(entityName(table) + " has no UUID id");
        }
        return (TableField<R, UUID>) key.getFields().getFirst();
    }
}

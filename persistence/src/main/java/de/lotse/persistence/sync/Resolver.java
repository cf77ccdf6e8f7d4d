package de.lotse.persistence.sync;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncRefusedException.Reason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.text.Days;
import de.lotse.persistence.Store;
import de.lotse.persistence.SyncedTables.Synced;
import de.lotse.persistence.SyncedTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * Carries out a person's resolution of a conflict as an ordinary change, so that it syncs to every
 * device and closes the conflict there too.
 */
final class Resolver {

    private final Store store;
    private final Clock wall;
    private final SyncJson json;
    private final Conflicts conflicts;
    private final ColumnValues columns;

    Resolver(Store store, Clock wall, SyncJson json, Conflicts conflicts, ColumnValues columns) {
        this.store = store;
        this.wall = wall;
        this.json = json;
        this.conflicts = conflicts;
        this.columns = columns;
    }

    void resolve(String conflictId, Resolution resolution) throws SyncRefusedException {
        Conflicts.Stored conflict = store.read(dsl -> conflicts.open(dsl)).stream()
                .filter(c -> c.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new SyncRefusedException(Reason.NO_SUCH_CONFLICT, null));
        // an open conflict about an entity this version does not know cannot arise: nothing of one is taken in
        Synced synced = SyncedTables.declared(conflict.entity());
        switch (conflict.kind()) {
            case Conflict.FIELD -> chooseValue(conflict, synced, resolution);
            case Conflict.DELETED_IN_USE -> keepOrRefuse(conflict, synced, resolution);
            default -> conflicts.check(conflict.kind())
                    .orElseThrow(() -> new SyncRefusedException(Reason.INVALID_RESOLUTION, conflict.kind()))
                    .resolve(store, wall, conflict, resolution);
        }
    }

    private void chooseValue(Conflicts.Stored conflict, Synced synced, Resolution resolution)
            throws SyncRefusedException {
        Field<?> field = Arrays.stream(synced.table().fields())
                .filter(f -> SyncLedger.columnName(f).equals(conflict.field())).findFirst()
                .orElseThrow(() -> new SyncRefusedException(Reason.INVALID_RESOLUTION, conflict.field()));
        String valueJson = switch (resolution) {
            case Resolution.Pick pick -> picked(conflict, pick).value();
            case Resolution.NewValue typed -> typedValue(field, typed.value());
        };
        Object value;
        try {
            value = columns.toColumn(field, valueJson);
        } catch (RuntimeException e) {
            throw new SyncRefusedException(Reason.INVALID_RESOLUTION, conflict.field());
        }
        choose(synced.table(), conflict.recordId(), field, value);
    }

    @SuppressWarnings("unchecked")
    private <R extends TableRecord<R>> void choose(Table<?> table, UUID id, Field<?> field, Object value) {
        store.writeAll(w -> w.choose((Table<R>) table, id, (TableField<R, ?>) field, value));
    }

    @SuppressWarnings("unchecked")
    private <R extends TableRecord<R>> void keep(Table<?> table, UUID id) {
        store.writeAll(w -> w.keep((Table<R>) table, id));
    }

    /** Typed text as the JSON text of the column's type: a day in any form {@link Days} reads. */
    private String typedValue(Field<?> field, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "null";
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            return json.quote(text);
        }
        if (type == LocalDate.class) {
            return json.quote(Days.parse(trimmed).map(LocalDate::toString).orElse(trimmed));
        }
        if (type == Boolean.class) {
            return switch (trimmed.toLowerCase(Locale.ROOT)) {
                case "ja", "yes", "true" -> "true";
                case "nein", "no", "false" -> "false";
                default -> json.quote(trimmed);
            };
        }
        if (Number.class.isAssignableFrom(type)) {
            return trimmed.replace(',', '.');
        }
        return json.quote(trimmed);
    }

    private static Conflicts.StoredValue picked(Conflicts.Stored conflict, Resolution.Pick pick)
            throws SyncRefusedException {
        if (pick.index() < 1 || pick.index() > conflict.values().size()) {
            throw new SyncRefusedException(Reason.INVALID_RESOLUTION, "pick " + pick.index());
        }
        return conflict.values().get(pick.index() - 1);
    }

    /** Value 1 keeps the record; value 2, deleting it, waits until nothing uses it any more. */
    private void keepOrRefuse(Conflicts.Stored conflict, Synced synced, Resolution resolution)
            throws SyncRefusedException {
        if (!(resolution instanceof Resolution.Pick pick)) {
            throw new SyncRefusedException(Reason.INVALID_RESOLUTION, null);
        }
        if ("false".equals(picked(conflict, pick).value())) {
            keep(synced.table(), conflict.recordId());
        } else {
            throw new SyncRefusedException(Reason.STILL_IN_USE, null);
        }
    }
}

package de.lotse.persistence.sync;

import de.lotse.persistence.SyncedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * How people know a record in the conflicts inbox: its table's label fields as {@link SyncedTables}
 * declares them (a name, an address, a case number), else the start of its id.
 */
final class RecordLabels {

    private RecordLabels() {
    }

    static String label(DSLContext dsl, String entity, UUID id) {
        String label = SyncedTables.of(entity).filter(synced -> !synced.label().isEmpty())
                .flatMap(synced -> dsl.select(synced.label()).from(synced.table()).where(synced.id().eq(id))
                        .fetchOptional())
                .map(RecordLabels::joined).orElse(null);
        return label == null || label.isBlank() ? id.toString().substring(0, 8) : label;
    }

    /** The label fields that hold a value, joined by a comma. */
    private static String joined(Record fields) {
        List<String> values = new ArrayList<>();
        for (Object value : fields.intoArray()) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return String.join(", ", values);
    }
}

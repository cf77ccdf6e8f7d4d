package de.lotse.persistence;

import de.lotse.persistence.jooq.DefaultSchema;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Table;

/** Rows per table, for {@code lotse info} and the administration view. */
public final class TableCounts {

    private TableCounts() {
    }

    /** Table name (lower case) to its number of rows, sorted by name. */
    public static Map<String, Long> of(Store store) {
        return store.read(dsl -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                counts.put(SyncedTables.entity(table), (long) dsl.fetchCount(table));
            }
            return counts;
        });
    }
}

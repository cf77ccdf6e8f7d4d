package de.lotse.core.store;

import java.util.Map;

/** Port for the size of the local store. */
public interface StoreStatistics {

    /** Table name to its number of rows, sorted by name. */
    Map<String, Long> tableCounts();
}

package de.lotse.core.importing;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A CSV file as read: the charset and delimiter it was found to use, and its records without
 * blank ones; the first record is the header.
 */
public record CsvTable(Charset charset, char delimiter, List<CsvRecord> records) {

    public CsvTable {
        records = List.copyOf(records);
    }

    /** Whether the file holds not even a header. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** The column names, as written in the first record. */
    public List<String> header() {
        if (records.isEmpty()) {
            throw new IllegalStateException("an empty file has no header");
        }
        return records.getFirst().fields();
    }

    /** The records after the header. */
    public List<CsvRecord> rows() {
        return records.isEmpty() ? List.of() : records.subList(1, records.size());
    }
}

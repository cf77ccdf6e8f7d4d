package de.lotse.core.importing;

import java.util.List;

/**
 * One record of a CSV file: its fields and the physical line it starts on (1 for the first line).
 * A quoted line break makes a record span several lines, so record and line numbers differ.
 *
 * @param unclosedQuote the file ended inside a quoted field of this record, which then holds the rest
 */
public record CsvRecord(int line, List<String> fields, boolean unclosedQuote) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** Whether every field is empty or white space: spreadsheets write such lines as {@code ;;;}. */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}

package de.lotse.core.importing;

import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a CSV table fills which field of a person. Problems of a mapping are reported
 * on the field {@value #OPTION} with codes {@code unknownField} (name, known names),
 * {@code unknownColumn} (column, header), {@code fieldTwice} (name) and {@code familyNameMissing}.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    /** The field of the mapping's problems: the command-line option it came from. */
    public static final String OPTION = "map";

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /**
     * The mapping of {@code columnToField} (column name to field name) on {@code header}: column names
     * match ignoring case and surrounding space; the first of equal names wins.
     */
    public static Validated<ColumnMapping> of(Map<String, String> columnToField, List<String> header) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (Map.Entry<String, String> mapped : columnToField.entrySet()) {
            var field = ImportField.named(mapped.getValue());
            if (field.isEmpty()) {
                problems.add(FieldProblem.of(OPTION, "unknownField", mapped.getValue(),
                        String.join(", ", ImportField.jsonNames())));
                continue;
            }
            int column = indexOf(header, mapped.getKey());
            if (column < 0) {
                problems.add(FieldProblem.of(OPTION, "unknownColumn", mapped.getKey(), String.join(", ", header)));
            } else if (columns.putIfAbsent(field.get(), column) != null) {
                problems.add(FieldProblem.of(OPTION, "fieldTwice", field.get().jsonName()));
            }
        }
        if (problems.isEmpty() && !columns.containsKey(ImportField.FAMILY_NAME)) {
            problems.add(FieldProblem.of(OPTION, "familyNameMissing"));
        }
        return problems.isEmpty() ? new Validated.Valid<>(new ColumnMapping(columns))
                : new Validated.Invalid<>(problems);
    }

    private static int indexOf(List<String> header, String column) {
        String wanted = column.strip();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of {@code field} in a record's fields; {@code null} when no column is mapped to it. */
    public String valueOf(ImportField field, List<String> fields) {
        Integer column = columns.get(field);
        return column == null || column >= fields.size() ? null : fields.get(column);
    }
}

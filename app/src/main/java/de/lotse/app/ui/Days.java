package de.lotse.app.ui;

import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.PartialDate;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/** Reads a day typed into a field: {@code dd.MM.yyyy} (or {@code yyyy-MM-dd}); empty means none. */
public final class Days {

    private Days() {
    }

    /** The day, or null when the text is empty; a text that is no full day adds a {@code dateFormat} problem. */
    public static LocalDate parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PartialDate parsed = PartialDate.parse(text).orElse(null);
        if (parsed == null || parsed.precision() != DatePrecision.DAY) {
            problems.add(FieldProblem.of(field, "dayFormat"));
            return null;
        }
        return parsed.date();
    }

    /** A day as the fields show it. */
    public static String format(LocalDate day) {
        return day == null ? "" : PartialDate.of(day).format();
    }
}

package de.lotse.persistence.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;
import de.lotse.core.sync.SyncJson;

/**
 * Turns a field value as it travels (scalar JSON text, as the outbox writes it) into the Java
 * value of its column, for the types Lotse's tables use. A column of another type fails loudly in
 * a test long before it could reach a user.
 */
final class ColumnValues {

    private final SyncJson json;

    ColumnValues(SyncJson json) {
        this.json = json;
    }

    /** The column's value for {@code text}; {@code null} text (absent) gives the column's empty value. */
    Object toColumn(Field<?> column, String text) {
        if (text == null || "null".equals(text)) {
            return column.getDataType().nullable() ? null : empty(column.getType());
        }
        Class<?> type = column.getType();
        if (type == String.class) {
            return json.string(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == Integer.class) {
            return new BigDecimal(text).intValueExact();
        }
        if (type == Long.class) {
            return new BigDecimal(text).longValueExact();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        String string = json.string(text);
        if (type == UUID.class) {
            return UUID.fromString(string);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(string);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(string);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(string);
        }
        throw new IllegalArgumentException("no conversion for " + type.getSimpleName() + " (" + column.getName() + ")");
    }

    /** A value for a column that must not be empty, when no device ever set it (its SQL default). */
    private static Object empty(Class<?> type) {
        if (type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (type == Integer.class) {
            return 0;
        }
        if (type == String.class) {
            return "";
        }
        throw new IllegalArgumentException("no empty value for " + type.getSimpleName());
    }
}

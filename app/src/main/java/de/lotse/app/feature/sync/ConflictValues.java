package de.lotse.app.feature.sync;

import de.lotse.app.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conflict values are JSON text. Shown to people: strings without quotes, ISO dates as
 * {@code dd.MM.yyyy}, {@code null} as {@code (leer)}. What people type goes to sync as typed;
 * sync reads it by the field's type.
 */
public final class ConflictValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConflictValues() {
    }

    /** A JSON value as people read it. */
    public static String display(Messages m, String json) {
        Object value = parse(json);
        return switch (value) {
            case null -> m.get("sync.value.empty");
            case String text when text.isEmpty() -> m.get("sync.value.empty");
            case String text -> dateOrText(m, text);
            case Boolean yes -> m.get(yes ? "sync.value.yes" : "sync.value.no");
            case BigDecimal number -> number.toPlainString();
            default -> json.strip();
        };
    }

    /** A record id as a short reference ({@code 8130f9a2}); other values as {@link #display}. */
    public static String shortId(Messages m, String json) {
        String shown = display(m, json);
        try {
            return java.util.UUID.fromString(shown).toString().substring(0, 8);
        } catch (IllegalArgumentException notAnId) {
            return shown;
        }
    }

    private static String dateOrText(Messages m, String text) {
        try {
            return m.date(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            // fall through
        }
        try {
            LocalDateTime at = LocalDateTime.parse(text);
            return m.date(at.toLocalDate()) + " " + m.time(at);
        } catch (DateTimeParseException notADateTime) {
            return text;
        }
    }

    private static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            Object value = JSON.readerFor(Object.class)
                    .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(json);
            return value == null ? null : normalise(value);
        } catch (JacksonException notJson) {
            return json; // shown as it came
        }
    }

    private static Object normalise(Object value) {
        return switch (value) {
            case Integer number -> BigDecimal.valueOf(number);
            case Long number -> BigDecimal.valueOf(number);
            case java.math.BigInteger number -> new BigDecimal(number);
            case Double number -> BigDecimal.valueOf(number);
            default -> value;
        };
    }
}

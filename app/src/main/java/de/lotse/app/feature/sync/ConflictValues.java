package de.lotse.app.feature.sync;

import de.lotse.app.i18n.Messages;
import de.lotse.core.sync.Conflict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conflict values are JSON text. Shown to people: strings without quotes, ISO dates as
 * {@code dd.MM.yyyy}, {@code null} as {@code (leer)}. Typed by people: turned back into JSON of
 * the same kind as the competing values (a date typed as {@code dd.MM.yyyy} becomes an ISO date).
 */
public final class ConflictValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

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

    /**
     * The JSON of what a person typed, of the kind the {@code competing} values have: blank is
     * {@code null}, a number stays a number, {@code dd.MM.yyyy} becomes an ISO date where the
     * values are dates; anything else a string.
     */
    public static String toJson(String typed, List<Conflict.Value> competing) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return "null";
        }
        List<Object> values = competing.stream().map(value -> parse(value.value())).filter(Objects::nonNull).toList();
        if (!values.isEmpty() && values.stream().allMatch(BigDecimal.class::isInstance)) {
            try {
                return new BigDecimal(text.replace(',', '.')).toPlainString();
            } catch (NumberFormatException notANumber) {
                // kept as text below
            }
        }
        if (!values.isEmpty() && values.stream().allMatch(ConflictValues::isIsoDate)) {
            try {
                return JSON.writeValueAsString(LocalDate.parse(text, GERMAN_DATE).toString());
            } catch (DateTimeParseException notAGermanDate) {
                // kept as typed below
            }
        }
        return JSON.writeValueAsString(text);
    }

    private static boolean isIsoDate(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
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

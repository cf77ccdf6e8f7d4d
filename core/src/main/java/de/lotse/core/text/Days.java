package de.lotse.core.text;

import de.lotse.core.validation.FieldProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as people in the office type and read them, the one parser and formatter for every form,
 * the command line and the conflicts inbox. Shown as {@code 07.03.2026} (German) or
 * {@code 07/03/2026} (English); typed in either language as {@code 7.3.2026}, {@code 07.03.2026},
 * {@code 07/03/2026} or {@code 2026-03-07}. A day that does not exist ({@code 31.02.2026}) is no day.
 */
public final class Days {

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})");

    private Days() {
    }

    /** The day {@code text} names in one of the typed forms; empty for none. */
    public static Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        return day(DOTTED.matcher(value), 3, 2, 1, 0)
                .or(() -> day(SLASHED.matcher(value), 3, 2, 1, 0))
                .or(() -> day(ISO.matcher(value), 1, 2, 3, 0));
    }

    /**
     * As {@link #parse(String)}, and also with a two-digit year ({@code 7.3.26} is 2026): for days
     * that lie ahead, such as an appointment's, where no one means the last century.
     */
    public static Optional<LocalDate> parseAhead(String text) {
        String value = text == null ? "" : text.strip();
        return parse(value).or(() -> day(SHORT_YEAR.matcher(value), 3, 2, 1, 2000));
    }

    /**
     * The day typed into a form's {@code field}: null for empty text; for text that is no day,
     * null and a {@code dayFormat} problem of the field added to {@code problems}.
     */
    public static LocalDate parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseGet(() -> {
            problems.add(FieldProblem.of(field, "dayFormat"));
            return null;
        });
    }

    /** The office's form, {@code 07.03.2026}; empty for none. */
    public static String format(LocalDate day) {
        return format(day, Locale.GERMAN);
    }

    /** {@code 07.03.2026}, or {@code 07/03/2026} in English; empty for none. */
    public static String format(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        String mark = locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "/" : ".";
        return "%02d%s%02d%s%04d".formatted(day.getDayOfMonth(), mark, day.getMonthValue(), mark, day.getYear());
    }

    private static Optional<LocalDate> day(Matcher matcher, int year, int month, int day, int century) {
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(matcher.group(year)),
                    Integer.parseInt(matcher.group(month)), Integer.parseInt(matcher.group(day))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}

package de.lotse.core.person;

import de.lotse.core.text.Days;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date of which only the year, or year and month, may be known. The unknown parts of
 * {@code date} are always the first month or day, so equal partial dates are equal records.
 */
public record PartialDate(LocalDate date, DatePrecision precision) {

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** As stored: a day and the name of its precision (a day when none); {@code null} without a day. */
    public static PartialDate stored(LocalDate date, String precision) {
        return date == null ? null : new PartialDate(date, DatePrecision.valueOf(precision == null ? "DAY" : precision));
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /** German office form: {@code 07.03.1991}, {@code 03.1991} or {@code 1991}. */
    public String format() {
        return switch (precision) {
            case DAY -> Days.format(date);
            case MONTH -> "%02d.%04d".formatted(date.getMonthValue(), date.getYear());
            case YEAR -> "%04d".formatted(date.getYear());
        };
    }

    /**
     * Reads a date as offices write it: a day in one of the forms {@link Days} reads
     * ({@code 07.03.1991}, {@code 1991-03-07}, …), {@code 03.1991} or {@code 1991}; empty when the
     * text is none of these or no real date.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Optional<LocalDate> day = Days.parse(value);
        if (day.isPresent()) {
            return day.map(PartialDate::of);
        }
        try {
            if (value.matches("\\d{1,2}\\.\\d{4}")) {
                String[] parts = value.split("\\.");
                return Optional.of(new PartialDate(LocalDate.of(Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0]), 1), DatePrecision.MONTH));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(ofYear(Integer.parseInt(value)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether this date can be the same day as {@code other}: equal in every part both know.
     * {@code 1991} fits {@code 07.03.1991}; {@code 03.1991} does not fit {@code 07.04.1991}.
     */
    public boolean fits(PartialDate other) {
        DatePrecision coarser = precision.compareTo(other.precision) >= 0 ? precision : other.precision;
        return switch (coarser) {
            case YEAR -> date.getYear() == other.date.getYear();
            case MONTH -> date.getYear() == other.date.getYear() && date.getMonthValue() == other.date.getMonthValue();
            case DAY -> date.equals(other.date);
        };
    }

    /** Age in whole years on {@code day}, counting an unknown day or month as the earliest one. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(date, day).getYears();
    }
}

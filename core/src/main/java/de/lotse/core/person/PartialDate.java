package de.lotse.core.person;

import java.time.LocalDate;
import java.util.Objects;

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

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /** German office form: {@code 07.03.1991}, {@code 03.1991} or {@code 1991}. */
    public String format() {
        return switch (precision) {
            case DAY -> "%02d.%02d.%04d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case MONTH -> "%02d.%04d".formatted(date.getMonthValue(), date.getYear());
            case YEAR -> "%04d".formatted(date.getYear());
        };
    }

    /** Age in whole years on {@code day}, counting an unknown day or month as the earliest one. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(date, day).getYears();
    }
}

package de.lotse.core.validation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The checks every service makes of free text, and the step from its problems to a saved value:
 * nothing is saved while a problem is left.
 */
public final class Checks {

    /** The longest name or title a record keeps (as its database column). */
    public static final int MAX_TEXT = 200;

    private Checks() {
    }

    /** A problem when {@code value} is empty, or longer than {@link #MAX_TEXT} after trimming. */
    public static void required(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "tooLong", MAX_TEXT));
        }
    }

    /** A problem when an optional {@code value} is longer than {@code max} (as typed). */
    public static void optional(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "tooLong", max));
        }
    }

    /** A problem when {@code value} is missing. */
    public static void present(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "required"));
        }
    }

    /** Runs {@code save} and gives {@code value} when there are no {@code problems}; else the problems. */
    public static <T> Validated<T> saved(List<FieldProblem> problems, T value, Runnable save) {
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        save.run();
        return new Validated.Valid<>(value);
    }

    /**
     * As {@link #saved(List, Object, Runnable)}, with the value made only when there are no
     * problems (making it, e.g. trimming, may need the fields the checks found missing).
     */
    public static <T> Validated<T> saved(List<FieldProblem> problems, Supplier<T> value, Consumer<T> save) {
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        T made = value.get();
        save.accept(made);
        return new Validated.Valid<>(made);
    }

    /** One problem of one field. */
    public static <T> Validated<T> invalid(String field, String code, Object... args) {
        return new Validated.Invalid<>(List.of(FieldProblem.of(field, code, args)));
    }

    /** The text trimmed, or null when it is empty. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

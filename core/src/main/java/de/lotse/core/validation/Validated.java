package de.lotse.core.validation;

import java.util.List;

/** The outcome of an input a person gave: a value, or the problems that kept it from being one. */
public sealed interface Validated<T> {

    /** The value, for callers whose input cannot be wrong (demo data, tests); a bug otherwise. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T> valid -> valid.value();
            case Invalid<T> invalid -> throw new IllegalStateException("invalid input: " + invalid.problems());
        };
    }

    /** The input was good. */
    record Valid<T>(T value) implements Validated<T> { }

    /** The input was not saved; nothing of it was. */
    record Invalid<T>(List<FieldProblem> problems) implements Validated<T> {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}

package de.lotse.core.validation;

import java.util.List;
import java.util.function.Function;

/** The outcome of an input a person gave: a value, or the problems that kept it from being one. */
public sealed interface Validated<T> {

    /** The value, for callers whose input cannot be wrong (demo data, tests); a bug otherwise. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T> valid -> valid.value();
            // fields and codes only: a problem's arguments may be what a person typed
            case Invalid<T> invalid -> throw new IllegalStateException("invalid input: " + invalid.problems().stream()
                    .map(problem -> problem.field() + ":" + problem.code()).toList());
        };
    }

    /** The value made into another, or the same problems: e.g. a saved record and the list read after it. */
    default <R> Validated<R> map(Function<? super T, ? extends R> next) {
        return switch (this) {
            case Valid<T> valid -> new Valid<>(next.apply(valid.value()));
            case Invalid<T> invalid -> new Invalid<>(invalid.problems());
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

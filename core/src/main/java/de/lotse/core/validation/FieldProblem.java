package de.lotse.core.validation;

import java.util.List;

/**
 * Something wrong with one field of an input, as a message key ({@code validation.<code>}) and
 * its arguments, for the screen to show next to the field or the command line to print.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}

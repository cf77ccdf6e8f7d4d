package de.lotse.core.validation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks of phone numbers, e-mail addresses and German postal codes, for every record that
 * holds them. An empty value is never a problem: these parts are optional everywhere.
 */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/\\-]{4,30}");

    private ContactRules() {
    }

    public static void email(String field, String value, List<FieldProblem> problems) {
        if (mismatches(value, EMAIL)) {
            problems.add(FieldProblem.of(field, "email"));
        }
    }

    public static void phone(String field, String value, List<FieldProblem> problems) {
        if (mismatches(value, PHONE)) {
            problems.add(FieldProblem.of(field, "phone"));
        }
    }

    public static void postalCode(String field, String value, List<FieldProblem> problems) {
        if (mismatches(value, POSTAL_CODE)) {
            problems.add(FieldProblem.of(field, "postalCode"));
        }
    }

    /** A problem when {@code value} holds more than {@code max} characters after trimming. */
    public static void maxLength(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "tooLong", max));
        }
    }

    /** A value is given and does not have the pattern's form. */
    private static boolean mismatches(String value, Pattern pattern) {
        return value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches();
    }
}

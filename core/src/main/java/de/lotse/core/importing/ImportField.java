package de.lotse.core.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields of a person a CSV column can fill, named as in the command line's JSON. */
public enum ImportField {
    FAMILY_NAME("familyName"),
    GIVEN_NAME("givenName"),
    BIRTH_DATE("birthDate"),
    SEX("sex"),
    NATIONALITY("nationality"),
    PHONE("phone"),
    EMAIL("email"),
    STREET("street"),
    POSTAL_CODE("postalCode"),
    CITY("city");

    private final String jsonName;

    ImportField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in JSON, in {@code --map} and in the {@code field} of a {@link de.lotse.core.validation.FieldProblem}. */
    public String jsonName() {
        return jsonName;
    }

    /** The field of a JSON name; {@code nationalities}, as {@code person show --json} writes it, also names NATIONALITY. */
    public static Optional<ImportField> named(String name) {
        String wanted = name.strip();
        if (wanted.equals("nationalities")) {
            return Optional.of(NATIONALITY);
        }
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(wanted)).findFirst();
    }

    /** All JSON names, in the order of the form. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(ImportField::jsonName).toList();
    }
}

package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.PERSON;

import java.util.UUID;
import org.jooq.DSLContext;

/** How people know a record in the conflicts inbox: a name, an address, a case number. */
final class RecordLabels {

    private RecordLabels() {
    }

    static String label(DSLContext dsl, String entity, UUID id) {
        String label = switch (entity) {
            case "person" -> dsl.select(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME).from(PERSON).where(PERSON.ID.eq(id))
                    .fetchOptional(r -> r.value2() == null ? r.value1() : r.value1() + ", " + r.value2()).orElse(null);
            case "household" -> dsl.select(HOUSEHOLD.STREET, HOUSEHOLD.CITY).from(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id))
                    .fetchOptional(r -> join(r.value1(), r.value2())).orElse(null);
            case "case_file" -> dsl.select(CASE_FILE.NUMBER).from(CASE_FILE).where(CASE_FILE.ID.eq(id))
                    .fetchOptional(CASE_FILE.NUMBER).orElse(null);
            default -> null;
        };
        return label == null || label.isBlank() ? id.toString().substring(0, 8) : label;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }
}

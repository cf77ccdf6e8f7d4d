package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.APPOINTMENT;
import static de.lotse.persistence.jooq.Tables.BENEFIT;
import static de.lotse.persistence.jooq.Tables.CASEWORKER;
import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.CONSENT;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.INTEGRATION_STEP;
import static de.lotse.persistence.jooq.Tables.JOURNAL_ENTRY;
import static de.lotse.persistence.jooq.Tables.ORGANISATION;
import static de.lotse.persistence.jooq.Tables.ORGANISATION_CONTACT;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_DISTINCT;
import static de.lotse.persistence.jooq.Tables.PERSON_MERGE;
import static de.lotse.persistence.jooq.Tables.PERSON_NATIONALITY;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE_STEP;
import static de.lotse.persistence.jooq.Tables.REFERRAL;
import static de.lotse.persistence.jooq.Tables.RESIDENCE_STATUS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The tables that sync: the one declaration a new entity needs to join sync. Everything else
 * (capture, transport, merge, conflicts, making rows) works from jOOQ's generated metadata.
 * Tables referred to come before the tables referring to them; a test keeps it so.
 */
public final class SyncedTables {

    /** Business tables, referred-to first. A new entity adds its table here. */
    private static final List<Table<?>> DECLARED = List.of(
            PERSON, HOUSEHOLD, HOUSEHOLD_MEMBER, PERSON_NATIONALITY, RESIDENCE_STATUS, PERSON_MERGE, PERSON_DISTINCT,
            ORGANISATION, ORGANISATION_CONTACT, CASEWORKER, CASE_FILE, JOURNAL_ENTRY, CONSENT, BENEFIT,
            REFERRAL, INTEGRATION_STEP, PLAN_TEMPLATE, PLAN_TEMPLATE_STEP, APPOINTMENT);

    /**
     * Records written once and never edited by people (a journal entry, a merge record). Two
     * versions of one of their fields are no conflict: the newest stands.
     */
    private static final Set<Table<?>> APPEND_ONLY = Set.of(JOURNAL_ENTRY, PERSON_MERGE, PERSON_DISTINCT);

    /** One synced table with what sync needs of it. */
    public record Synced(String entity, Table<?> table, TableField<?, UUID> id, int order,
            List<Reference> references, boolean appendOnly) { }

    /** A column of one table that refers to another table's id. */
    public record Reference(TableField<?, UUID> column, Table<?> target) { }

    private static final Map<String, Synced> BY_ENTITY = describe();

    private SyncedTables() {
    }

    public static List<Synced> all() {
        return List.copyOf(BY_ENTITY.values());
    }

    public static Optional<Synced> of(String entity) {
        return Optional.ofNullable(BY_ENTITY.get(entity));
    }

    public static Synced of(Table<?> table) {
        return of(entity(table)).orElseThrow(() -> new IllegalArgumentException(table.getName() + " does not sync"));
    }

    static String entity(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** The tables referring to {@code target}, with the referring column. */
    public static List<Reference> referencesTo(Table<?> target) {
        List<Reference> found = new ArrayList<>();
        for (Synced synced : BY_ENTITY.values()) {
            for (Reference reference : synced.references()) {
                if (reference.target().equals(target)) {
                    found.add(reference);
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Synced> describe() {
        Map<String, Synced> described = new LinkedHashMap<>();
        int order = 0;
        for (Table<?> table : DECLARED) {
            var key = table.getPrimaryKey();
            if (key == null || key.getFields().size() != 1 || key.getFields().getFirst().getType() != UUID.class) {
                throw new IllegalStateException(table.getName() + " has no UUID id and cannot sync");
            }
            List<Reference> references = new ArrayList<>();
            for (ForeignKey<?, ?> foreignKey : table.getReferences()) {
                references.add(new Reference((TableField<?, UUID>) foreignKey.getFields().getFirst(),
                        foreignKey.getKey().getTable()));
            }
            described.put(entity(table), new Synced(entity(table), table,
                    (TableField<?, UUID>) key.getFields().getFirst(), order++, List.copyOf(references),
                    APPEND_ONLY.contains(table)));
        }
        return described;
    }
}

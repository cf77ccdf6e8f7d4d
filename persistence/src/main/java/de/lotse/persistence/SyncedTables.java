package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.ACCOUNT;
import static de.lotse.persistence.jooq.Tables.APPOINTMENT;
import static de.lotse.persistence.jooq.Tables.BENEFIT;
import static de.lotse.persistence.jooq.Tables.CASEWORKER;
import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.CONSENT;
import static de.lotse.persistence.jooq.Tables.DEVICE_IDENTITY;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.INTEGRATION_STEP;
import static de.lotse.persistence.jooq.Tables.JOURNAL_ENTRY;
import static de.lotse.persistence.jooq.Tables.OFFICE_SETTING;
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
import static de.lotse.persistence.jooq.Tables.SYNC_CONFLICT;
import static de.lotse.persistence.jooq.Tables.SYNC_CURSOR;
import static de.lotse.persistence.jooq.Tables.SYNC_DEVICE;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * What each table of the database is to sync: the one declaration a new entity needs. A synced
 * table is declared with the fields that name its records for people and, for each column that
 * refers to a person or a household, what a person merge and a delete do with its records; every
 * other table is declared local, with the reason it stays on this device. Everything else
 * (capture, transport, merge, conflicts, making rows, merging and deleting persons) works from
 * this and jOOQ's generated metadata. Tables referred to come before the tables referring to them.
 * The app's {@code SchemaTest} checks all of it against the migrated database.
 */
public final class SyncedTables {

    /** Business tables, referred-to first. A new entity adds its table here. */
    private static final List<Declaration> DECLARED = List.of(
            table(PERSON).labelledBy(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME),
            table(HOUSEHOLD).labelledBy(HOUSEHOLD.STREET, HOUSEHOLD.CITY),
            // a membership's id is derived from household and person, so a merge makes it anew
            table(HOUSEHOLD_MEMBER)
                    .household(HOUSEHOLD_MEMBER.HOUSEHOLD_ID, OnDelete.DELETE_WITH)
                    .person(HOUSEHOLD_MEMBER.PERSON_ID, OnMerge.rejoin(HOUSEHOLD_MEMBER.HOUSEHOLD_ID),
                            OnDelete.DELETE_WITH),
            // the merge's combined draft says which nationalities the survivor holds
            table(PERSON_NATIONALITY).person(PERSON_NATIONALITY.PERSON_ID, OnMerge.DROP, OnDelete.DELETE_WITH),
            table(RESIDENCE_STATUS).person(RESIDENCE_STATUS.PERSON_ID, OnMerge.MOVE, OnDelete.DELETE_WITH),
            table(PERSON_MERGE).writtenOnce(),
            table(PERSON_DISTINCT).writtenOnce(),
            table(ORGANISATION),
            table(ORGANISATION_CONTACT),
            table(CASEWORKER),
            // an account's credential is one field, so a new password arrives whole or not at all
            table(ACCOUNT).labelledBy(ACCOUNT.USER_NAME),
            table(OFFICE_SETTING),
            // the office's record of its work: while a case names a person or household, it stays
            table(CASE_FILE).labelledBy(CASE_FILE.NUMBER)
                    .person(CASE_FILE.PERSON_ID, OnMerge.MOVE, OnDelete.REFUSE)
                    .household(CASE_FILE.HOUSEHOLD_ID, OnDelete.REFUSE),
            table(JOURNAL_ENTRY).writtenOnce(),
            table(CONSENT),
            table(BENEFIT),
            table(REFERRAL),
            table(INTEGRATION_STEP),
            table(PLAN_TEMPLATE),
            table(PLAN_TEMPLATE_STEP),
            table(APPOINTMENT).person(APPOINTMENT.PERSON_ID, OnMerge.MOVE, OnDelete.REFUSE));

    /** Tables that stay on this device, each with the reason. */
    private static final Map<String, String> LOCAL = Map.ofEntries(
            local(CHANGE_LOG, "the outbox: this device's own changes until sync takes them in; their content travels"
                    + " in batches"),
            local(DEVICE_IDENTITY, "this installation's own id and code; every device has its own"),
            local(SYNC_REALM, "this device's membership of the realm: its keys and how far its outbox is exported"),
            local(SYNC_DEVICE, "the other devices as read from their files on the share, and what this device"
                    + " noticed of them"),
            local(SYNC_CURSOR, "how far each other device's batches are applied here"),
            local(SYNC_RECORD, "the field versions the synced rows are made from: what batches and snapshots carry,"
                    + " kept by each device for itself"),
            local(SYNC_CONFLICT, "open conflicts, which every device finds again from the record states (snapshots"
                    + " carry the rest)"),
            // Flyway's own table, not generated by jOOQ
            Map.entry("flyway_schema_history", "Flyway's record of the migrations run on this file"));

    /**
     * Tables whose records are people (a household is its members' home): every reference to one
     * declares what deleting (and later erasing) the person or household does with the referring
     * records, and a reference to a person what a merge does.
     */
    private static final List<Table<?>> PEOPLE = List.of(PERSON, HOUSEHOLD);

    /**
     * One synced table with what sync needs of it.
     *
     * @param label the fields that name a record for people, joined by a comma (a name, an address)
     */
    public record Synced(String entity, Table<?> table, TableField<?, UUID> id, int order,
            List<Reference> references, boolean appendOnly, List<TableField<?, ?>> label) { }

    /**
     * A column of one table that refers to another table's id; a reference to a person or a
     * household carries its declared policies (empty while undeclared, which a test reports).
     */
    public record Reference(TableField<?, UUID> column, Table<?> target, Optional<OnMerge> onMerge,
            Optional<OnDelete> onDelete) {

        /** The declared merge policy; for a reference without one, an exception naming the step. */
        public OnMerge requireOnMerge() {
            return onMerge.orElseThrow(() -> undeclared("what a person merge does with it"));
        }

        /** The declared delete policy; for a reference without one, an exception naming the step. */
        public OnDelete requireOnDelete() {
            return onDelete.orElseThrow(() -> undeclared("what deleting the " + entity(target) + " does with it"));
        }

        /** The column as {@code table.column}. */
        public String name() {
            return entity(column.getTable()) + "." + column.getName().toLowerCase(Locale.ROOT);
        }

        private IllegalStateException undeclared(String what) {
            return new IllegalStateException(name() + " refers to " + entity(target)
                    + ", but SyncedTables does not declare " + what);
        }
    }

    /** What a person merge does with the merged person's records that refer to them. */
    public sealed interface OnMerge {

        /** The reference is set to the survivor (a case, an appointment, a residence status). */
        OnMerge MOVE = new Move();

        /** The record goes: the merge's combined draft gives the survivor what it held (a nationality). */
        OnMerge DROP = new Drop();

        /**
         * A membership whose id is derived from its group and the person ({@code Ids.derived(group,
         * person)}): it is made again for the survivor under that id, unless the survivor is in the
         * group already, and the merged person's one goes.
         */
        static OnMerge rejoin(TableField<?, UUID> group) {
            return new Rejoin(group);
        }

        /** See {@link #MOVE}. */
        record Move() implements OnMerge { }

        /** See {@link #DROP}. */
        record Drop() implements OnMerge { }

        /** See {@link #rejoin}. */
        record Rejoin(TableField<?, UUID> group) implements OnMerge { }
    }

    /** What deleting a person or household does with the records that refer to them. */
    public enum OnDelete {
        /** Deleted with the person or household, since it belongs to them; erasure will erase it with them. */
        DELETE_WITH,
        /**
         * The office's record of its work: the person or household is not deleted while one refers
         * to them; erasure must settle these on their own terms first.
         */
        REFUSE
    }

    private static final Map<String, Synced> BY_ENTITY = describe();

    private SyncedTables() {
    }

    public static List<Synced> all() {
        return List.copyOf(BY_ENTITY.values());
    }

    /** Tables that do not sync, by name, with the reason each stays on this device. */
    public static Map<String, String> local() {
        return LOCAL;
    }

    /** Tables whose records are people, so that every reference to them declares its policies. */
    public static List<Table<?>> people() {
        return PEOPLE;
    }

    /**
     * A synced entity, or empty for a name this version does not declare: an entity a newer Lotse
     * sends, which the caller refuses in words.
     */
    public static Optional<Synced> of(String entity) {
        return Optional.ofNullable(BY_ENTITY.get(entity));
    }

    /** A synced entity; for one not declared, an exception naming the step (a bug of this version). */
    public static Synced declared(String entity) {
        Synced synced = BY_ENTITY.get(entity);
        if (synced != null) {
            return synced;
        }
        if (LOCAL.containsKey(entity)) {
            throw new IllegalStateException("Table " + entity + " is local (" + LOCAL.get(entity)
                    + ") and has no place in the outbox or in sync: write it outside ChangeWriter");
        }
        throw new IllegalStateException("Table " + entity + " is neither synced nor local: add it to SyncedTables"
                + " (synced, referred-to tables first) or declare it local with a reason");
    }

    public static Synced of(Table<?> table) {
        return declared(entity(table));
    }

    /** How sync names a table's records: the table's name in lower case. */
    public static String entity(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** The references to {@code target}, with the referring column, in the order of the synced tables. */
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
        for (Declaration declared : DECLARED) {
            Table<?> table = declared.table();
            var key = table.getPrimaryKey();
            if (key == null || key.getFields().size() != 1 || key.getFields().getFirst().getType() != UUID.class) {
                throw new IllegalStateException(table.getName() + " has no UUID id and cannot sync");
            }
            if (LOCAL.containsKey(entity(table))) {
                throw new IllegalStateException(entity(table) + " is declared both synced and local");
            }
            Map<TableField<?, UUID>, Policy> policies = new HashMap<>(declared.policies());
            List<Reference> references = new ArrayList<>();
            for (ForeignKey<?, ?> foreignKey : table.getReferences()) {
                TableField<?, UUID> column = (TableField<?, UUID>) foreignKey.getFields().getFirst();
                Table<?> target = foreignKey.getKey().getTable();
                Policy policy = policies.remove(column);
                if (policy != null && !policy.target().equals(target)) {
                    throw new IllegalStateException(entity(table) + "." + column.getName() + " is declared as a"
                            + " reference to " + entity(policy.target()) + " but refers to " + entity(target));
                }
                references.add(policy == null ? new Reference(column, target, Optional.empty(), Optional.empty())
                        : new Reference(column, target, policy.onMerge(), Optional.of(policy.onDelete())));
            }
            if (!policies.isEmpty()) {
                throw new IllegalStateException(entity(table) + " declares policies for columns that refer to"
                        + " nothing: " + policies.keySet());
            }
            for (TableField<?, ?> field : declared.label()) {
                if (!field.getTable().equals(table)) {
                    throw new IllegalStateException(entity(table) + " is labelled by another table's " + field);
                }
            }
            described.put(entity(table), new Synced(entity(table), table,
                    (TableField<?, UUID>) key.getFields().getFirst(), order++, List.copyOf(references),
                    declared.appendOnly(), declared.label()));
        }
        return described;
    }

    // ---------------------------------------------------------------- the declaration's words

    private static Declaration table(Table<?> table) {
        return new Declaration(table, false, List.of(), Map.of());
    }

    private static Map.Entry<String, String> local(Table<?> table, String reason) {
        return Map.entry(entity(table), reason);
    }

    /** A reference's policies as declared, before they meet the foreign key they are for. */
    private record Policy(Table<?> target, Optional<OnMerge> onMerge, OnDelete onDelete) { }

    /** One synced table as declared. */
    private record Declaration(Table<?> table, boolean appendOnly, List<TableField<?, ?>> label,
            Map<TableField<?, UUID>, Policy> policies) {

        /**
         * Records written once and never edited by people (a journal entry, a merge record). Two
         * versions of one of their fields are no conflict: the newest stands.
         */
        Declaration writtenOnce() {
            return new Declaration(table, true, label, policies);
        }

        Declaration labelledBy(TableField<?, ?>... fields) {
            return new Declaration(table, appendOnly, List.of(fields), policies);
        }

        /** A column that refers to a person. */
        Declaration person(TableField<?, UUID> column, OnMerge onMerge, OnDelete onDelete) {
            return with(column, new Policy(PERSON, Optional.of(onMerge), onDelete));
        }

        /** A column that refers to a household; households are not merged. */
        Declaration household(TableField<?, UUID> column, OnDelete onDelete) {
            return with(column, new Policy(HOUSEHOLD, Optional.empty(), onDelete));
        }

        private Declaration with(TableField<?, UUID> column, Policy policy) {
            Map<TableField<?, UUID>, Policy> more = new LinkedHashMap<>(policies);
            more.put(column, policy);
            return new Declaration(table, appendOnly, label, Map.copyOf(more));
        }
    }
}
